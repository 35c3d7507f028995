package org.vigil.evidence;

/** A file over the size limit. */
public class EvidenceTooLargeException extends EvidenceRejectedException {
    public EvidenceTooLargeException(String fileName, String why) {
        super(fileName, why);
    }
}
