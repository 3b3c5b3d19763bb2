package org.suqiu.intake.mailbox.infrastructure;

import org.suqiu.intake.mailbox.application.ReceivingMail;

/** The texts of the automatic replies, in Chinese with a short English line. */
final class MailReplies {

    private MailReplies() {
    }

    static String accepted(ReceivingMail.Accepted accepted) {
        StringBuilder text = new StringBuilder("您好！您的来信已受理。\n受理编号：").append(accepted.trackingNo()).append('\n');
        if (accepted.receiptCode() != null) {
            text.append("查询码：").append(accepted.receiptCode()).append('\n');
        }
        if (accepted.droppedAttachments() > 0) {
            text.append("注意：有").append(accepted.droppedAttachments())
                    .append("个附件超过大小或数量限制（每个10MB、共10个），未予保存。\n");
        }
        text.append("请凭受理编号和查询码查询办理进度。本邮件为自动回复，请勿直接回复。\n\n")
                .append("Your mail has been registered as ").append(accepted.trackingNo()).append(".\n");
        return text.toString();
    }

    static String refused(ReceivingMail.Refused refused) {
        return "您好！您的来信内容超过5000字，未能受理。请精简后重新发送，或分为多封来信。\n"
                + "本邮件为自动回复。\n\nYour mail is longer than 5,000 characters and was not registered.\n";
    }
}
