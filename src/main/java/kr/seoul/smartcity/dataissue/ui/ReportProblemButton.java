package kr.seoul.smartcity.dataissue.ui;

import java.time.Instant;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.dataissue.service.DataIssueActor;
import kr.seoul.smartcity.dataissue.service.DataIssueDraft;
import kr.seoul.smartcity.dataissue.service.DataIssueRefusedException;
import kr.seoul.smartcity.dataissue.service.DataIssueService;
import kr.seoul.smartcity.dataissue.service.InvalidDataIssueException;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.RateLimit;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.security.ui.UiRateLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * "데이터 오류 신고 / Report a problem with this data" for one value on screen. It opens a dialog that says what is
 * reported (the indicator, the district, the value and its time as shown), takes what is wrong in the person's words,
 * and sends it to the department that owns the indicator; the person gets a receipt address to read the answer at.
 * Hidden when the person may not see the indicator.
 * <p>
 * Place one next to a value: {@code new ReportProblemButton(issues, "AIR_PM25", "11110", "pm25-tile", "38 µg/m³",
 * observedAt, currentUser)}.
 */
@NamedInterface("ui")
public class ReportProblemButton extends Button {

    /** Where a report's receipt is read, followed by the receipt token. */
    public static final String RECEIPT_PATH = "data-issues/receipt/";

    private final DataIssueService issues;
    private final CurrentUser currentUser;
    private final UiRateLimits rateLimits;
    private final String indicatorCode;
    private final @Nullable String districtCode;
    private final @Nullable String widgetId;
    private final @Nullable String valueSeen;
    private final @Nullable Instant seenAsOf;

    /**
     * @param indicatorCode the indicator the value belongs to
     * @param districtCode  the five-digit district the value is for, or {@code null} for the whole city
     * @param widgetId      the screen element that shows the value, or {@code null}
     * @param valueSeen     the value as the person sees it, with its unit (for example {@code "38 µg/m³"})
     * @param seenAsOf      the time the value is shown as of, or {@code null}
     */
    public ReportProblemButton(
            DataIssueService issues,
            String indicatorCode,
            @Nullable String districtCode,
            @Nullable String widgetId,
            @Nullable String valueSeen,
            @Nullable Instant seenAsOf,
            CurrentUser currentUser,
            UiRateLimits rateLimits) {
        this.rateLimits = rateLimits;
        this.issues = issues;
        this.currentUser = currentUser;
        this.indicatorCode = indicatorCode;
        this.districtCode = districtCode;
        this.widgetId = widgetId;
        this.valueSeen = valueSeen;
        this.seenAsOf = seenAsOf;
        Optional<Indicator> indicator = issues.indicator(currentUser.viewer(), indicatorCode);
        setText(getTranslation("data-issue.report"));
        setIcon(VaadinIcon.FLAG_O.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addClassName("report-problem");
        getElement().setAttribute("data-indicator", indicatorCode);
        if (widgetId != null) {
            getElement().setAttribute("data-widget", widgetId);
        }
        indicator.ifPresentOrElse(
                shown -> setAriaLabel(getTranslation(
                        "data-issue.report.for",
                        IssueTexts.indicatorName(this, shown),
                        IssueTexts.district(this, districtCode))),
                () -> setVisible(false));
        addClickListener(click -> open());
    }

    /** Opens the dialog; an indicator no longer visible (retired, disclosed less) is told, not reported. */
    public void open() {
        DataIssueActor actor = DataIssueActor.current(currentUser);
        Viewer viewer = actor.viewer();
        Optional<Indicator> indicator = issues.indicator(viewer, indicatorCode);
        if (indicator.isEmpty()) {
            Notification.show(
                            getTranslation("data-issue.refused.unknown-indicator", indicatorCode),
                            5000,
                            Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.addClassName("report-problem-dialog");
        dialog.setHeaderTitle(getTranslation("data-issue.dialog.title"));
        dialog.setWidth("min(36rem, 95vw)");

        Paragraph intro = new Paragraph(getTranslation(
                "data-issue.dialog.intro",
                IssueTexts.department(this, issues, indicator.get().owningDepartment())));
        TextArea message = messageField();
        dialog.add(
                intro,
                IssueTexts.facts(
                        this, IssueTexts.indicatorName(this, indicator.get()), districtCode, valueSeen, seenAsOf),
                message);

        Button cancel = new Button(getTranslation("data-issue.cancel"), click -> dialog.close());
        cancel.setId("report-problem-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button send = new Button(getTranslation("data-issue.send"));
        send.setId("report-problem-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> send(actor, dialog, message, send));
        dialog.getFooter().add(cancel, send);
        dialog.open();
        message.focus();
    }

    private TextArea messageField() {
        TextArea message = new TextArea(getTranslation("data-issue.message"));
        message.setId("report-problem-message");
        message.setHelperText(
                getTranslation("data-issue.message.help", DataIssueService.MIN_MESSAGE, DataIssueService.MAX_MESSAGE));
        message.setMaxLength(DataIssueService.MAX_MESSAGE);
        message.setRequiredIndicatorVisible(true);
        message.setManualValidation(true);
        message.setWidthFull();
        message.setMinHeight("8em");
        message.addValueChangeListener(change -> message.setInvalid(false));
        return message;
    }

    /** Sends the report unless the reader is sending too many; a refusal or problem leaves the dialog open. */
    private void send(DataIssueActor actor, Dialog dialog, TextArea message, Button button) {
        if (!rateLimits.allow(this, RateLimit.DATA_ISSUE_REPORT)) {
            button.setEnabled(true);
            return;
        }
        try {
            String receipt = issues.report(
                    actor,
                    new DataIssueDraft(indicatorCode, districtCode, widgetId, valueSeen, seenAsOf, message.getValue()));
            SessionReceipts.remember(receipt);
            showReceipt(dialog, receipt);
        } catch (InvalidDataIssueException invalid) {
            message.setErrorMessage(invalid.problem("message")
                    .or(() -> invalid.problems().stream().findFirst())
                    .map(problem -> IssueTexts.problem(this, problem))
                    .orElse(invalid.getMessage()));
            message.setInvalid(true);
            message.focus();
            button.setEnabled(true);
        } catch (DataIssueRefusedException refused) {
            Notification.show(IssueTexts.refusal(this, refused), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            button.setEnabled(true);
        }
    }

    private void showReceipt(Dialog dialog, String receipt) {
        dialog.removeAll();
        dialog.getFooter().removeAll();
        String path = "/" + RECEIPT_PATH + receipt;
        Paragraph sent = new Paragraph(getTranslation("data-issue.sent"));
        sent.setId("report-problem-sent");
        sent.getElement().setAttribute("role", "status");
        Paragraph keep = new Paragraph(getTranslation("data-issue.sent.keep"));
        Anchor link = new Anchor(path, path);
        link.setId("report-problem-receipt");
        link.addClassName("data-issue-receipt-link");
        Button close = new Button(getTranslation("data-issue.close"), click -> dialog.close());
        close.setId("report-problem-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(sent, keep, new Paragraph(link));
        dialog.getFooter().add(close);
        close.focus();
    }
}
