package org.suqiu.intake.wechat.model;

/** 被动回复: what the official account answers the citizen, in Chinese. */
public final class Replies {

    public static final String GREETING = "您好，欢迎关注！请直接发送文字描述您要反映的问题，可补充发送位置和图片，"
            + "最后发送“提交”完成登记。";
    public static final String EMPTY_TEXT = "请用文字描述您要反映的问题。";
    public static final String LOCATION_KEPT = "已记录位置。可继续补充，发送“提交”完成登记。";
    public static final String LOCATION_KEPT_DESCRIBE = "已记录位置。请再用文字描述问题，然后发送“提交”。";
    public static final String IMAGE_FAILED = "图片未能保存，请稍后重新发送。";
    public static final String NOTHING_TO_SUBMIT = "还没有可提交的内容，请先用文字描述您要反映的问题。";
    public static final String BUSY = "上一件诉求正在登记，请稍后再发送“提交”。";
    public static final String UNSUPPORTED = "暂不支持此类消息，请发送文字、位置或图片。";

    private Replies() {
    }

    public static String textKept(int count) {
        return "已记录（第" + count + "条）。可继续补充文字、位置或图片，发送“提交”完成登记；"
                + "一段时间未提交将自动登记。";
    }

    public static String tooLong(int max) {
        return "内容超过" + max + "字，本条未记录。请精简后重发，或发送“提交”登记已记录的内容。";
    }

    public static String tooManyAttachments(int max) {
        return "每件诉求最多" + max + "个附件，本张图片未记录。";
    }

    public static String imageTooLarge(long maxBytes) {
        return "图片超过" + (maxBytes / (1024 * 1024)) + "MB，未记录。";
    }

    public static String imageKept(int count) {
        return "已记录图片（共" + count + "张）。可继续补充，发送“提交”完成登记。";
    }

    public static String accepted(String trackingNo, String receiptCode) {
        return "您的诉求已受理，受理编号：" + trackingNo + (receiptCode == null ? "" : "，查询码：" + receiptCode)
                + "。请凭编号和查询码查询办理进度。";
    }

    public static String autoSubmitted(String trackingNo, String receiptCode) {
        return "您上一件诉求已自动登记，受理编号：" + trackingNo + (receiptCode == null ? "" : "，查询码：" + receiptCode) + "。";
    }
}
