package org.claimskb.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is speaking as a transcript is read passage by passage, and what the last question was.
 *
 * <p>Turn-taking: a label makes its speaker say that passage and the unlabelled ones after it, until
 * the next label or the next section; an operator's turn ({@code Operator:}) is dropped whole. A
 * role label opens the turn of whoever has that role ({@code A:} the main speaker, {@code Q:} the
 * interviewer).
 * Outside any turn a sentence goes to the speaker it reports by name ({@code Huang said}), or, when
 * it reports a pronoun's words ({@code He later told reporters}, {@code 他指出}, {@code 同氏は…と述べた}),
 * to the one speaker reported just before; else to a speaker named at its start; else the main one.
 * A question drafted in one speaker's turn is answered by the next turn of someone else: its claims
 * get {@code reply_to}.
 */
final class TurnState {
    private final SpeakerResolver cast;
    private String labelled;
    private boolean operatorTurn;
    private String labelHeading;
    private String lastReported;
    private String pendingQuestion;
    private String asker;
    private String answering;
    private int turns;
    private boolean passageLabelled;
    private int reports;

    private final boolean oneSided;

    /**
     * @param oneSided whether only one speaker is ever labelled (Stratechery's {@code JH:} answers
     *                 after unlabelled questions): an unlabelled passage that asks is then the interviewer's
     */
    TurnState(SpeakerResolver cast, boolean oneSided) {
        this.cast = cast;
        this.oneSided = oneSided;
    }

    /** Who says a sentence, and whether the text reports it (rather than the speaker saying it in a turn). */
    record Attribution(String speaker, boolean reported) {}

    /**
     * Enters a passage: the text to draft from (the label cut off), or empty when the passage belongs
     * to an operator's turn.
     */
    Optional<String> enter(Passage p) {
        passageLabelled = false;
        Optional<SpeakerLabel> label = SpeakerLabel.at(p.text());
        if (label.isPresent() && SpeakerLabel.isOperator(label.get().name())) {
            operatorTurn = true;
            labelHeading = p.heading();
            return Optional.empty();
        }
        Optional<SpeakerResolver.Turn> turn = cast.label(p.text());
        Optional<SpeakerLabel.Role> role = label.flatMap(l -> SpeakerLabel.role(l.name()));
        if (role.isPresent() && turn.isEmpty() && !cast.castLine(p.text())) {
            return roleTurn(role.get(), label.get(), p);
        }
        if (turn.isPresent()) {
            passageLabelled = true;
            startTurn(turn.get().speaker(), p.heading());
            return Optional.of(p.text().substring(turn.get().labelEnd()));
        }
        if (!Objects.equals(labelHeading, p.heading())) {
            labelled = null;
            operatorTurn = false;
            answering = null;
        }
        return operatorTurn ? Optional.empty() : Optional.of(p.text());
    }

    /**
     * A turn opened by a role label: {@code A:} is the main speaker's; {@code Q:} or
     * {@code Interviewer:} the interviewer's (the author, else a host), or, when the text names no
     * interviewer, nobody's: that turn is left out like an operator's (its question has no one to
     * be drafted for), and the next label ends it.
     */
    private Optional<String> roleTurn(SpeakerLabel.Role role, SpeakerLabel label, Passage p) {
        Optional<String> speaker = role == SpeakerLabel.Role.ANSWERS ? Optional.of(cast.main()) : cast.interviewer();
        if (speaker.isEmpty()) {
            operatorTurn = true;
            labelled = null;
            labelHeading = p.heading();
            return Optional.empty();
        }
        passageLabelled = true;
        startTurn(speaker.get(), p.heading());
        return Optional.of(p.text().substring(label.end()));
    }

    /**
     * In a text where only the guest is labelled, an unlabelled passage that asks something opens the
     * interviewer's turn (the author's, else a host's): a question between two of the guest's answers.
     */
    void unlabelledAsking() {
        Optional<String> interviewer = cast.interviewer();
        if (oneSided && interviewer.isPresent() && !interviewer.get().equals(labelled)) {
            startTurn(interviewer.get(), labelHeading);
        }
    }

    private void startTurn(String speaker, String heading) {
        if (!speaker.equals(labelled)) {
            answering = pendingQuestion != null && !speaker.equals(asker) ? pendingQuestion : null;
            if (answering != null || !speaker.equals(asker)) {
                pendingQuestion = null;
            }
        }
        labelled = speaker;
        operatorTurn = false;
        labelHeading = heading;
        lastReported = null;
        turns++;
    }

    /** Whether the passage is in the labelled turn of someone other than the main speaker: an interviewer's. */
    boolean interviewer() {
        return labelled != null && !labelled.equals(cast.main());
    }

    /** Whether the passage entered last opened with a label. */
    boolean passageLabelled() {
        return passageLabelled;
    }

    /** The speaker of the current turn, or null outside any turn. */
    String labelled() {
        return labelled;
    }

    /** Who says the sentence (see the class comment). */
    Attribution attribute(String sentence) {
        if (labelled != null) {
            return new Attribution(labelled, false);
        }
        Optional<String> named = cast.reportedSpeaker(sentence);
        if (named.isPresent()) {
            lastReported = named.get();
            reports++;
            return new Attribution(named.get(), true);
        }
        if (lastReported != null && cast.reportsUnnamed(sentence)) {
            reports++;
            return new Attribution(lastReported, true);
        }
        if (turns == 0 && cast.author().isPresent() && cast.namedNearStart(sentence).isEmpty()) {
            return new Attribution(cast.author().get(), false); // the writer's own intro, before anyone takes a turn
        }
        Optional<String> atStart = cast.namedNearStart(sentence);
        if (cast.speakersNamed(sentence) > 1) {
            lastReported = null; // "Huang and Su disagreed": a later "he" is nobody in particular
        } else if (atStart.isPresent()) {
            lastReported = atStart.get();
        }
        return new Attribution(atStart.orElse(cast.main()), false);
    }

    /** Records a drafted question: the next turn of someone else answers it. */
    void asked(String questionId) {
        pendingQuestion = questionId;
        asker = labelled;
        answering = null;
    }

    /** The question the current turn answers, or null. */
    String answering() {
        return answering;
    }

    /** How many labelled turns were read. */
    int turns() {
        return turns;
    }

    /** How many sentences outside turns reported someone's words. */
    int reports() {
        return reports;
    }
}
