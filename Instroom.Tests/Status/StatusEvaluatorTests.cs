using Instroom.Data.Areas;
using Instroom.Data.Sources;
using Instroom.Data.Status;
using Instroom.Tests.Rollups.Support;
using Instroom.Tests.Status.Support;
using NodaTime;

namespace Instroom.Tests.Status;

public sealed class StatusEvaluatorTests
{
    private static readonly IReadOnlyList<StatusRule> Defaults = DefaultStatusRules.Load(Instant.FromUtc(2026, 11, 23, 0, 0));

    private static readonly StatusWeek Healthy = new();

    private static StatusEvaluation Evaluate(StatusWeek week) => StatusEvaluator.Evaluate(week.Build(), Defaults);

    private static StatusReason Reason(StatusEvaluation evaluation, string ruleCode) =>
        evaluation.Reasons.Questions.SelectMany(q => q.Reasons).Single(r => r.RuleCode == ruleCode);

    [Fact]
    public void HealthyWeek_IsGreen_WithAGreenReasonForEveryRule_GroupedByTheThreeQuestions()
    {
        var evaluation = Evaluate(Healthy);

        Assert.Equal(StatusColour.Green, evaluation.Status);
        Assert.Equal([StatusQuestion.AssignedCaseworker, StatusQuestion.AgreedPlan, StatusQuestion.SuitableCare],
            evaluation.Reasons.Questions.Select(q => q.Question));
        Assert.Equal(Defaults.Select(r => r.RuleCode).Order(), evaluation.Reasons.Questions.SelectMany(q => q.Reasons).Select(r => r.RuleCode).Order());
        Assert.All(evaluation.Reasons.Questions.SelectMany(q => q.Reasons), r => Assert.Equal(RuleOutcome.Green, r.Outcome));
        Assert.Equal("Instroomlijst en doorstroomlijst 2,0% van lopende maatregelen — groen (oranje vanaf 3%)",
            Reason(evaluation, "zonder-vaste-jeugdbeschermer").Text);
        Assert.Empty(evaluation.Reasons.Notes);
    }

    [Fact]
    public void ChildrenWithoutAVasteJeugdbeschermer_At12Point4Percent_IsRed()
    {
        var evaluation = Evaluate(Healthy with { Instroom = 100, InstroomWachtduur = [100, 0, 0, 0, 0, 0, 0], Doorstroom = 24, DoorstroomWachtduur = [24, 0, 0, 0, 0, 0, 0] });

        Assert.Equal(StatusColour.Red, evaluation.Status);
        Assert.Equal(new StatusReason("zonder-vaste-jeugdbeschermer", RuleOutcome.Red,
            "Instroomlijst en doorstroomlijst 12,4% van lopende maatregelen — rood vanaf 10%"), Reason(evaluation, "zonder-vaste-jeugdbeschermer"));
        var question = evaluation.Reasons.Questions.Single(q => q.Question == StatusQuestion.AssignedCaseworker);
        Assert.Equal(StatusColour.Red, question.Status);
        Assert.Equal("Op tijd een vaste jeugdbeschermer", question.Label);
    }

    [Theory]
    [InlineData(50, 50, RuleOutcome.Red, "10,0% van lopende maatregelen — rood vanaf 10%")]
    [InlineData(50, 49.6, RuleOutcome.Red, "10,0% van lopende maatregelen — rood vanaf 10%")]
    [InlineData(50, 49.4, RuleOutcome.Orange, "9,9% van lopende maatregelen — oranje vanaf 3%")]
    [InlineData(15, 15, RuleOutcome.Orange, "3,0% van lopende maatregelen — oranje vanaf 3%")]
    [InlineData(14, 15, RuleOutcome.Green, "2,9% van lopende maatregelen — groen (oranje vanaf 3%)")]
    public void ChildrenWithoutAVasteJeugdbeschermer_ReachTheThreshold_AsShownWithOneDecimal(decimal instroom, decimal doorstroom, RuleOutcome outcome, string text)
    {
        var evaluation = Evaluate(Healthy with { Instroom = instroom, Doorstroom = doorstroom });

        var reason = Reason(evaluation, "zonder-vaste-jeugdbeschermer");
        Assert.Equal(outcome, reason.Outcome);
        Assert.Equal("Instroomlijst en doorstroomlijst " + text, reason.Text);
    }

    [Fact]
    public void MedianInstroomlijstWait_Of48Days_IsRed()
    {
        // 88 children, 39 in 21-42 and 49 in 43-91: rank 44 is the 5th of the 49 in [43, 92), day 48.
        var evaluation = Evaluate(Healthy with { Instroom = 88, InstroomWachtduur = [0, 0, 0, 39, 49, 0, 0] });

        Assert.Equal(StatusColour.Red, evaluation.Status);
        Assert.Equal("Mediane wachttijd instroomlijst 48 dagen — rood boven 42 dagen", Reason(evaluation, "instroomlijst-wachttijd").Text);
    }

    [Theory]
    [InlineData(new long[] { 0, 0, 0, 11, 0, 0, 0 }, RuleOutcome.Orange, "32 dagen — oranje boven 10 dagen")]
    [InlineData(new long[] { 0, 10, 0, 0, 0, 0, 0 }, RuleOutcome.Green, "9 dagen — groen (oranje boven 10 dagen)")]
    [InlineData(new long[] { 0, 25, 19, 0, 0, 0, 0 }, RuleOutcome.Green, "10 dagen — groen (oranje boven 10 dagen)")]
    [InlineData(new long[] { 0, 0, 0, 0, 0, 1, 3 }, RuleOutcome.Red, "≥ 183 dagen — rood boven 42 dagen")]
    public void MedianInstroomlijstWait_IsJudgedInWholeDays(long[] histogram, RuleOutcome outcome, string text)
    {
        var evaluation = Evaluate(Healthy with { Instroom = histogram.Sum(), InstroomWachtduur = histogram });

        var reason = Reason(evaluation, "instroomlijst-wachttijd");
        Assert.Equal(outcome, reason.Outcome);
        Assert.Equal("Mediane wachttijd instroomlijst " + text, reason.Text);
    }

    [Fact]
    public void MedianWait_ExactlyAtTheRedThreshold_IsOrange_BecauseRedIsAboveIt()
    {
        // 42 children, 22 in 21-42 (days [21, 43)) and 20 in 43-91: rank 21 is the 21st of 22, day 21 + 21 = 42.
        var evaluation = Evaluate(Healthy with { Instroom = 42, InstroomWachtduur = [0, 0, 0, 22, 20, 0, 0] });

        Assert.Equal("Mediane wachttijd instroomlijst 42 dagen — oranje boven 10 dagen", Reason(evaluation, "instroomlijst-wachttijd").Text);
    }

    [Theory]
    [InlineData(45, RuleOutcome.Red, "45,0% — rood onder 50%")]
    [InlineData(50, RuleOutcome.Orange, "50,0% — oranje onder 80%")]
    [InlineData(79.9, RuleOutcome.Orange, "79,9% — oranje onder 80%")]
    [InlineData(80, RuleOutcome.Green, "80,0% — groen (oranje onder 80%)")]
    public void EersteContactTijdig_IsRedBelow50_OrangeBelow80(decimal tijdig, RuleOutcome outcome, string text)
    {
        var evaluation = Evaluate(Healthy with { EersteContactTijdig = tijdig, EersteContactTotaal = 100 });

        var reason = Reason(evaluation, "eerste-contact-tijdig");
        Assert.Equal(outcome, reason.Outcome);
        Assert.Equal("Eerste contact binnen 5 werkdagen " + text, reason.Text);
    }

    [Fact]
    public void PlanVanAanpakTijdig_AnswersTheKoersQuestion()
    {
        var evaluation = Evaluate(Healthy with { PlanTijdig = 7, PlanTotaal = 10 });

        Assert.Equal(StatusColour.Orange, evaluation.Status);
        var koers = evaluation.Reasons.Questions.Single(q => q.Question == StatusQuestion.AgreedPlan);
        Assert.Equal(StatusColour.Orange, koers.Status);
        Assert.Equal("Plan van aanpak binnen 6 weken 70,0% — oranje onder 80%", Assert.Single(koers.Reasons).Text);
        Assert.Equal(StatusColour.Green, evaluation.Reasons.Questions.Single(q => q.Question == StatusQuestion.AssignedCaseworker).Status);
    }

    [Fact]
    public void WachtOpHulp_AnswersTheHulpQuestion_ByShareAndByMedianWait()
    {
        var evaluation = Evaluate(Healthy with { WachtOpHulp = 300, WachtOpHulpWachtduur = [0, 0, 0, 0, 0, 300, 0] });

        var hulp = evaluation.Reasons.Questions.Single(q => q.Question == StatusQuestion.SuitableCare);
        Assert.Equal(StatusColour.Red, hulp.Status);
        Assert.Equal("Wacht op passende hulp 30,0% van lopende maatregelen — rood vanaf 25%", Reason(evaluation, "wacht-op-hulp-aandeel").Text);
        Assert.Equal("Mediane wachttijd passende hulp 138 dagen — rood boven 91 dagen", Reason(evaluation, "wacht-op-hulp-wachttijd").Text);
    }

    [Fact]
    public void RaadMedianWait_AboveTheTenDayNorm_IsOrange()
    {
        var evaluation = Evaluate(Healthy with { RaadWachtlijst = 5, RaadWachtduur = [0, 0, 5, 0, 0, 0, 0] });

        Assert.Equal(StatusColour.Orange, evaluation.Status);
        Assert.Equal("Mediane wachttijd Raad voor de Kinderbescherming 16 dagen — oranje boven 10 dagen", Reason(evaluation, "raad-wachttijd").Text);
    }

    [Fact]
    public void VeiligThuisBeoordelingTijdig_Below50_IsRed()
    {
        var evaluation = Evaluate(Healthy with { VtBeoordelingTijdig = 4, VtBeoordelingTotaal = 10 });

        Assert.Equal(StatusColour.Red, evaluation.Status);
        Assert.Equal("Veiligheidsbeoordeling Veilig Thuis binnen 5 werkdagen 40,0% — rood onder 50%", Reason(evaluation, "vt-beoordeling-tijdig").Text);
        Assert.Equal(StatusColour.Red, evaluation.Reasons.Questions.Single(q => q.Question == StatusQuestion.SuitableCare).Status);
    }

    [Fact]
    public void MissingSource_MakesItsRulesAndTheRegionOnvolledig_NeverGreen_AndSaysWhatIsMissing()
    {
        var evaluation = Evaluate(Healthy with { Delivered = [SourceKind.GI, SourceKind.RAAD] });

        Assert.Equal(StatusColour.Incomplete, evaluation.Status);
        var vt = Reason(evaluation, "vt-beoordeling-tijdig");
        Assert.Equal(RuleOutcome.Incomplete, vt.Outcome);
        Assert.Equal("Veiligheidsbeoordeling Veilig Thuis binnen 5 werkdagen onvolledig — geen aanlevering van VT-A Bron VT-A (1 gemeente)", vt.Text);
        Assert.Equal(RuleOutcome.Green, Reason(evaluation, "eerste-contact-tijdig").Outcome);
        Assert.Equal(["Geen aanlevering in week 47 2026 van: VT-A Bron VT-A (1 gemeente)."], evaluation.Reasons.Notes);
    }

    [Fact]
    public void RedOnCompleteInput_StaysRed_WhenAnotherSourceIsMissing()
    {
        var evaluation = Evaluate(Healthy with { Delivered = [SourceKind.GI], EersteContactTijdig = 1 });

        Assert.Equal(StatusColour.Red, evaluation.Status);
    }

    [Fact]
    public void OrangeOnCompleteInput_IsOnvolledig_WhenAnotherSourceIsMissing_BecauseTheMissingFiguresCouldBeRed()
    {
        var evaluation = Evaluate(Healthy with { Delivered = [SourceKind.GI], EersteContactTijdig = 7 });

        Assert.Equal(StatusColour.Incomplete, evaluation.Status);
    }

    [Fact]
    public void WeekWithoutAnyDelivery_IsOnvolledig()
    {
        var evaluation = Evaluate(Healthy with { Delivered = [] });

        Assert.Equal(StatusColour.Incomplete, evaluation.Status);
        Assert.All(evaluation.Reasons.Questions.SelectMany(q => q.Reasons), r => Assert.Equal(RuleOutcome.Incomplete, r.Outcome));
    }

    [Fact]
    public void IndicatorWithoutAnySourceForTheRegion_IsOnvolledig_NotGreen()
    {
        // No Raad is expected for the region and none delivered: nothing says the Raad's waiting time is fine.
        var week = new WeekInputBuilder().Region("JR01", AreaKind.Jeugdregio, "GM0001").RegionWeek("JR01");

        var reason = StatusEvaluator.Judge(week, Defaults.Single(r => r.RuleCode == "raad-wachttijd"));

        Assert.True(week.Completeness.IsComplete);
        Assert.Equal(RuleOutcome.Incomplete, reason.Outcome);
        Assert.Equal("Mediane wachttijd Raad voor de Kinderbescherming: geen gegevens — onvolledig", reason.Text);
        Assert.Equal(StatusColour.Incomplete, StatusEvaluator.Evaluate(week, Defaults).Status);
    }

    [Fact]
    public void TijdigWithoutCasesDue_IsNotJudged_AndDoesNotMakeTheRegionGrey()
    {
        var evaluation = Evaluate(Healthy with { PlanTijdig = 0, PlanTotaal = 0 });

        var reason = Reason(evaluation, "plan-van-aanpak-tijdig");
        Assert.Equal(RuleOutcome.NotJudged, reason.Outcome);
        Assert.Equal("Plan van aanpak binnen 6 weken: niet te beoordelen, geen zaken waarvan de termijn in de periode viel", reason.Text);
        Assert.Equal(StatusColour.Green, evaluation.Status);
    }

    [Fact]
    public void EmptyWaitingList_IsGreen_BecauseNobodyWaits()
    {
        var evaluation = Evaluate(Healthy with { Instroom = 0, InstroomWachtduur = [0, 0, 0, 0, 0, 0, 0] });

        var reason = Reason(evaluation, "instroomlijst-wachttijd");
        Assert.Equal(RuleOutcome.Green, reason.Outcome);
        Assert.Equal("Mediane wachttijd instroomlijst: niemand wacht — groen", reason.Text);
    }

    [Fact]
    public void WaitingListWithoutItsHistogram_IsOnvolledig()
    {
        var evaluation = Evaluate(Healthy with { InstroomWachtduur = [] });

        var reason = Reason(evaluation, "instroomlijst-wachttijd");
        Assert.Equal(RuleOutcome.Incomplete, reason.Outcome);
        Assert.Equal("Mediane wachttijd instroomlijst: geen wachtduurverdeling — onvolledig", reason.Text);
    }

    [Fact]
    public void DisabledRule_DoesNotCount()
    {
        var rules = Defaults.Select(r => r.RuleCode == "eerste-contact-tijdig" ? r with { Enabled = false } : r).ToList();

        var evaluation = StatusEvaluator.Evaluate((Healthy with { EersteContactTijdig = 1 }).Build(), rules);

        Assert.Equal(StatusColour.Green, evaluation.Status);
        Assert.DoesNotContain(evaluation.Reasons.Questions.SelectMany(q => q.Reasons), r => r.RuleCode == "eerste-contact-tijdig");
    }

    [Fact]
    public void WithoutEnabledRules_TheStatusIsOnvolledig_NotGreen()
    {
        var evaluation = StatusEvaluator.Evaluate(Healthy.Build(), Defaults.Select(r => r with { Enabled = false }));

        Assert.Equal(StatusColour.Incomplete, evaluation.Status);
        Assert.Empty(evaluation.Reasons.Questions);
        Assert.Equal(["Er zijn geen actieve statusregels: de status kan niet worden bepaald."], evaluation.Reasons.Notes);
    }

    [Fact]
    public void Correction_IsNotedWithTheSourceAndItsPeildatum()
    {
        var evaluation = Evaluate(Healthy with { GiCorrected = true });

        Assert.Equal(["Gecorrigeerd: de aanlevering van GI-A Bron GI-A voor peildatum 22-11-2026 verving een eerdere aanlevering."],
            evaluation.Reasons.Notes);
    }

    [Fact]
    public void RuleWhoseDirectionDoesNotFitItsIndicator_IsOnvolledig_RatherThanJudgedBackwards()
    {
        var rule = Defaults.Single(r => r.RuleCode == "eerste-contact-tijdig") with
        {
            Direction = RuleDirection.HigherIsWorse,
            OrangeThreshold = 20,
            RedThreshold = 50,
        };

        var reason = StatusEvaluator.Judge(Healthy.Build(), rule);

        Assert.Equal(RuleOutcome.Incomplete, reason.Outcome);
    }

    [Fact]
    public void RuleWithAnUnknownIndicator_IsOnvolledig()
    {
        var rule = Defaults[0] with { Indicator = "bestaat-niet" };

        Assert.Equal(RuleOutcome.Incomplete, StatusEvaluator.Judge(Healthy.Build(), rule).Outcome);
    }

    [Theory]
    [InlineData(new[] { RuleOutcome.Green, RuleOutcome.Orange }, StatusColour.Orange)]
    [InlineData(new[] { RuleOutcome.Orange, RuleOutcome.Red, RuleOutcome.Incomplete }, StatusColour.Red)]
    [InlineData(new[] { RuleOutcome.Orange, RuleOutcome.Incomplete }, StatusColour.Incomplete)]
    [InlineData(new[] { RuleOutcome.Green, RuleOutcome.NotJudged }, StatusColour.Green)]
    [InlineData(new[] { RuleOutcome.NotJudged }, StatusColour.Incomplete)]
    [InlineData(new RuleOutcome[0], StatusColour.Incomplete)]
    public void Combine_TakesTheWorstRule_AndIsNeverGreenWithoutEvidence(RuleOutcome[] outcomes, StatusColour expected) =>
        Assert.Equal(expected, StatusColours.Combine(outcomes));
}
