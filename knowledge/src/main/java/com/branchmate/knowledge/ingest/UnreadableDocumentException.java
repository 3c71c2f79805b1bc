package com.branchmate.knowledge.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Why a file could not be indexed, with a message in Chinese for the uploader. */
public class UnreadableDocumentException extends RuntimeException {

    public enum Reason { TOO_LARGE, UNSUPPORTED_TYPE, NO_TEXT, DAMAGED }

    static final String SUPPORTED_TYPES = "txt、md、docx、pdf 或 html";

    private static final long BYTES_PER_MB = 1024 * 1024;

    private final Reason reason;

    public UnreadableDocumentException(Reason reason, String message) {
        this(reason, message, null);
    }

    public UnreadableDocumentException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    // All uploader-facing sentences live below, so the wording can be reviewed in one place.

    static UnreadableDocumentException tooLarge(long maxBytes, long size) {
        return new UnreadableDocumentException(Reason.TOO_LARGE,
                "文件超过 " + megabytes(maxBytes, true) + " MB 上限（这个文件 " + megabytes(size, false)
                        + " MB），请拆分后再上传。");
    }

    static UnreadableDocumentException unsupportedType(String extension) {
        String what = extension.isEmpty() ? "没有扩展名的" : " ." + extension + " ";
        return new UnreadableDocumentException(Reason.UNSUPPORTED_TYPE,
                "不支持" + what + "文件，请上传 " + SUPPORTED_TYPES + "。");
    }

    static UnreadableDocumentException empty() {
        return new UnreadableDocumentException(Reason.NO_TEXT, "文件是空的，请检查后重新上传。");
    }

    static UnreadableDocumentException noText() {
        return new UnreadableDocumentException(Reason.NO_TEXT,
                "文件里几乎没有可提取的文字（至少需要 20 个字），请检查内容后再上传。");
    }

    static UnreadableDocumentException scannedPdf() {
        return new UnreadableDocumentException(Reason.NO_TEXT,
                "这个 PDF 几乎没有可提取的文字，可能是扫描件。请上传文字版，或先做文字识别（OCR）。");
    }

    static UnreadableDocumentException damaged(String what, Throwable cause) {
        return new UnreadableDocumentException(Reason.DAMAGED, "文件打不开，可能已损坏：" + what, cause);
    }

    static UnreadableDocumentException passwordProtectedPdf(Throwable cause) {
        return new UnreadableDocumentException(Reason.DAMAGED,
                "文件打不开：这个 PDF 设置了打开密码，请去掉密码后再上传。", cause);
    }

    static UnreadableDocumentException legacyOrEncryptedWord() {
        return new UnreadableDocumentException(Reason.DAMAGED,
                "文件打不开：这是旧版 Word（.doc）格式或加了密码的文档。请去掉密码，用 Word 另存为 .docx 后再上传。");
    }

    /**
     * Sizes are shown with one decimal. The file size is rounded up so that a file just over the limit never shows
     * as "10.0 MB" next to a 10 MB limit; a whole-MB limit is shown without ".0".
     */
    private static String megabytes(long bytes, boolean isLimit) {
        BigDecimal mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(BYTES_PER_MB), 1,
                isLimit ? RoundingMode.HALF_UP : RoundingMode.UP);
        return isLimit ? mb.stripTrailingZeros().toPlainString() : mb.toPlainString();
    }
}
