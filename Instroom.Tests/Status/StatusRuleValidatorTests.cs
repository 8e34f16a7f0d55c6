using Instroom.Data.Status;
using NodaTime;

namespace Instroom.Tests.Status;

public sealed class StatusRuleValidatorTests
{
    private static readonly StatusRule Valid = new("eerste-contact-tijdig", StatusQuestion.AssignedCaseworker,
        StatusIndicators.EersteContactTijdigPercentage, RuleDirection.LowerIsWorse, 80, 50, true, Instant.FromUtc(2026, 11, 23, 0, 0), "test");

    private static readonly StatusRule ValidWait = Valid with
    {
        Indicator = StatusIndicators.InstroomlijstWachtduurMediaan,
        Direction = RuleDirection.HigherIsWorse,
        OrangeThreshold = 10,
        RedThreshold = 42,
    };

    [Fact]
    public void ValidRules_HaveNoErrors()
    {
        Assert.Empty(StatusRuleValidator.Validate(Valid));
        Assert.Empty(StatusRuleValidator.Validate(ValidWait));
    }

    [Fact]
    public void LowerIsWorse_NeedsOrangeAboveRed()
    {
        var errors = StatusRuleValidator.Validate(Valid with { OrangeThreshold = 40, RedThreshold = 50 });

        Assert.Equal(["De oranje drempel (40) moet hoger liggen dan de rode drempel (50): bij 'lager is slechter' komt oranje eerst."], errors);
    }

    [Fact]
    public void HigherIsWorse_NeedsOrangeBelowRed()
    {
        var errors = StatusRuleValidator.Validate(ValidWait with { OrangeThreshold = 42, RedThreshold = 12.5m });

        Assert.Equal(["De oranje drempel (42) moet lager liggen dan de rode drempel (12,5): bij 'hoger is slechter' komt oranje eerst."], errors);
    }

    [Fact]
    public void Percentage_StaysWithinZeroToHundred()
    {
        var errors = StatusRuleValidator.Validate(Valid with { OrangeThreshold = 120 });

        Assert.Equal(["Een percentage ligt tussen 0 en 100; de oranje drempel is 120."], errors);
    }

    [Fact]
    public void DayThreshold_StaysBelowTheOpenClass()
    {
        var errors = StatusRuleValidator.Validate(ValidWait with { RedThreshold = 200 });

        Assert.Equal(["Een drempel in dagen moet onder 183 liggen, want de klasse '183+' heeft geen bovengrens; de rode drempel is 200."], errors);
    }

    [Fact]
    public void NegativeThresholds_AreRefused()
    {
        var errors = StatusRuleValidator.Validate(ValidWait with { OrangeThreshold = -5 });

        Assert.Equal(["De oranje drempel kan niet negatief zijn (-5)."], errors);
    }

    [Fact]
    public void Direction_MustFitTheIndicator()
    {
        var errors = StatusRuleValidator.Validate(Valid with { Direction = RuleDirection.HigherIsWorse, OrangeThreshold = 20, RedThreshold = 50 });

        Assert.Equal(["Bij 'eerste-contact-tijdig-percentage' geldt 'lager is slechter'; de richting 'hoger is slechter' past daar niet bij."], errors);
    }

    [Fact]
    public void UnknownIndicator_IsRefused_NamingTheKnownOnes()
    {
        var error = Assert.Single(StatusRuleValidator.Validate(Valid with { Indicator = "wachttijd" }));

        Assert.StartsWith("Onbekende indicator 'wachttijd'. Kies uit: zonder-vaste-jeugdbeschermer-aandeel, ", error);
    }

    [Fact]
    public void RuleCode_IsRequiredAndShort()
    {
        Assert.Equal(["Een regelcode is verplicht."], StatusRuleValidator.Validate(Valid with { RuleCode = " " }));
        Assert.Single(StatusRuleValidator.Validate(Valid with { RuleCode = new string('x', 41) }));
    }

    [Fact]
    public void DefaultRules_AreValid_CoverTheThreeQuestions_AndUseTheThresholdsOfTheBrief()
    {
        var rules = DefaultStatusRules.Load(Instant.FromUtc(2026, 11, 23, 0, 0));

        Assert.All(rules, rule => Assert.Empty(StatusRuleValidator.Validate(rule)));
        Assert.Equal(StatusQuestions.All, rules.Select(r => r.Question).Distinct().Order());
        Assert.All(StatusIndicators.All, indicator => Assert.Contains(rules, r => r.Indicator == indicator.Code));
        Assert.Equal((3m, 10m), Thresholds(rules, StatusIndicators.ZonderVasteJeugdbeschermerAandeel));
        Assert.Equal((10m, 42m), Thresholds(rules, StatusIndicators.InstroomlijstWachtduurMediaan));
        Assert.Equal((80m, 50m), Thresholds(rules, StatusIndicators.EersteContactTijdigPercentage));
        Assert.All(rules, r => Assert.Equal(DefaultStatusRules.SeededBy, r.UpdatedBy));
    }

    private static (decimal Orange, decimal Red) Thresholds(IEnumerable<StatusRule> rules, string indicator)
    {
        var rule = rules.Single(r => r.Indicator == indicator);
        return (rule.OrangeThreshold, rule.RedThreshold);
    }
}
