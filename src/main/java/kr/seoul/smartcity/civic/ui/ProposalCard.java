package kr.seoul.smartcity.civic.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.civic.domain.AnswerLevel;
import kr.seoul.smartcity.civic.domain.Proposal;
import kr.seoul.smartcity.civic.domain.ProposalThresholds;

/** A proposal in a list: title, department, supports against the next threshold, and whether it is answered. */
class ProposalCard extends Composite<Section> {

    ProposalCard(
            Proposal proposal,
            String departmentName,
            ProposalThresholds thresholds,
            java.util.function.BiFunction<String, Object[], String> translate) {
        Section card = getContent();
        card.addClassNames("card", "proposal-card");
        card.getElement().setAttribute("data-proposal", String.valueOf(proposal.id()));
        Anchor title = new Anchor("civic/proposals/" + proposal.id(), proposal.title());
        title.getElement().setAttribute("router-link", true);
        title.addClassName("proposal-title");
        Span meta = new Span(departmentName + " · " + proposal.authorName());
        meta.addClassName("project-about");
        int next = thresholds.next(proposal.supports());
        Div bar = new Div();
        bar.addClassName("theme-bar");
        Div fill = new Div();
        fill.addClassNames(
                "theme-bar-fill", proposal.answerDue() == AnswerLevel.NONE ? "achievement-close" : "achievement-met");
        fill.setWidth(Math.min(100, 100.0 * proposal.supports() / next) + "%");
        bar.add(fill);
        Span supports = new Span(translate.apply("civic.proposal.supports", new Object[] {proposal.supports(), next}));
        supports.addClassNames("theme-counts", "proposal-supports");
        card.add(title, meta, bar, supports);
        if (proposal.answered()) {
            Span answered = new Span(translate.apply(proposal.answeredLevel().answeredKey(), new Object[0]));
            answered.addClassNames("achievement", "achievement-met");
            card.add(answered);
        } else if (proposal.awaitingAnswer()) {
            Span due = new Span(translate.apply(proposal.answerDue().dueKey(), new Object[0]));
            due.addClassNames("achievement", "achievement-close");
            card.add(due);
        }
    }
}
