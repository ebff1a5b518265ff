package org.claimskb.cli; public class ClaimsCommand { public static void main(String[] a){} }
