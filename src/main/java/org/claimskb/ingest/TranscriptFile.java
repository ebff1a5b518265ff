package org.claimskb.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A transcript's text, decoded strictly: UTF-8 (with or without a byte-order mark), UTF-16
 * when a byte-order mark says so, or, for a web page that is not UTF-8, the charset its own
 * {@code <meta>} declares (Shift_JIS, Big5, GBK ...). Anything else is refused rather than
 * guessed, because a wrongly guessed encoding would put mojibake into the knowledge base. A
 * saved web page (HTML) is read as its metadata and main text ({@link HtmlPage}), a caption file
 * (WebVTT, SubRip) as timed paragraphs ({@link Captions}), so the rest of the pipeline sees Markdown.
 *
 * @param path the file it was read from
 * @param text  the decoded text (a web page's as Markdown with front matter), line ends normalised to
 *              {@code \n}, without a byte-order mark
 * @param notes what the reviewer should check about how the file was read (a web page's parts,
 *              captions' anonymous voices)
 */
public record TranscriptFile(Path path, String text, List<String> notes) {

    public TranscriptFile {
        notes = List.copyOf(notes);
    }

    /** A transcript read as it is, with nothing for the reviewer to check about how it was read. */
    public TranscriptFile(Path path, String text) {
        this(path, text, List.of());
    }

    /** Longest file accepted; a transcript of a three-hour interview is well under 1 MB. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    public static TranscriptFile read(Path path) throws IngestException {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new IngestException(path, "is a directory, not a transcript file");
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new IngestException(path, "is larger than " + MAX_BYTES / (1024 * 1024) + " MB; not a transcript");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            if (path.toString().matches("(?i)^https?:/.*")) {
                throw new IngestException(path, "is a web address, not a file; save the page (HTML) or its transcript to a file and add that");
            }
            throw new IngestException(path, "no such file");
        } catch (IOException e) {
            throw new IngestException(path, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        String text = decode(path, bytes);
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new IngestException(path, "is empty");
        }
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new IngestException(path, "is a binary file (it contains NUL bytes), not a transcript");
            }
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\f') {
                control++;
            }
        }
        // Text files have almost no control characters; many of them mean binary data that
        // happened to be valid UTF-8.
        if (control > 8 && control * 100 > text.length()) {
            throw new IngestException(path, "is a binary file (" + control + " control characters), not a transcript");
        }
        return asMarkdown(path, text);
    }

    /**
     * The decoded text as the rest of the pipeline reads it: a caption file as timed paragraphs
     * ({@link Captions}), a web page as front matter and Markdown ({@link HtmlPage}), anything
     * else as it is. A caption file or page with no text left is refused.
     */
    private static TranscriptFile asMarkdown(Path path, String text) throws IngestException {
        String name = String.valueOf(path.getFileName());
        TranscriptFile read;
        String empty;
        if (Captions.is(name, text)) {
            Captions.Read captions = Captions.asTranscript(text);
            read = new TranscriptFile(path, captions.text(), captions.note() == null ? List.of() : List.of(captions.note()));
            empty = "is a caption file with no spoken text to draft from";
        } else if (HtmlPage.is(name, text)) {
            read = new TranscriptFile(path, HtmlPage.asTranscript(text), List.of(
                    "read as a web page: title, date and address from its metadata, the text from its main part; check them"));
            empty = "is a web page with no text to draft from (only scripts, menus or metadata)";
        } else {
            return new TranscriptFile(path, text);
        }
        if (FrontMatter.split(read).body().isBlank()) {
            throw new IngestException(path, empty);
        }
        return read;
    }

    private static String decode(Path path, byte[] bytes) throws IngestException {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(path, bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(path, bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = skip; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new IngestException(path, "is a binary file (it contains NUL bytes), not a transcript");
            }
        }
        try {
            return strict(path, bytes, skip, StandardCharsets.UTF_8, "UTF-8");
        } catch (IngestException notUtf8) {
            // A saved web page may be in the charset its own <meta> declares (Shift_JIS, Big5, GBK ...).
            Charset declared = declaredCharset(bytes);
            if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
                throw notUtf8;
            }
            return strict(path, bytes, 0, declared, declared.name());
        }
    }

    private static final java.util.regex.Pattern META_CHARSET = java.util.regex.Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{2,40})");

    /** The charset an HTML page declares in a {@code <meta>} near its top, if Java knows it; else null. */
    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String strict(Path path, byte[] bytes, int offset, Charset charset, String name)
            throws IngestException {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IngestException(path, "is not valid " + name + " text (save it as UTF-8 and try again)");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
