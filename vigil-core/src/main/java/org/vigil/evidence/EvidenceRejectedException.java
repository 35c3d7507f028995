package org.vigil.evidence;

/** A file refused as evidence (empty, too large, not the kind it claims, not decodable); the message names the file. */
public class EvidenceRejectedException extends Exception {
    public EvidenceRejectedException(String fileName, String why) {
        super(fileName + ": " + why);
    }
}
