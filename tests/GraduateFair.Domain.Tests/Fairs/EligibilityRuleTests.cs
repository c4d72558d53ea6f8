using GraduateFair.Domain.Enumerations;
using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;

namespace GraduateFair.Domain.Tests.Fairs;

public sealed class EligibilityRuleTests
{
    [Theory]
    [InlineData(Theme.HardshipFamily, Eligibility.PriorityGroupsOnly)]
    [InlineData(Theme.ZeroEmploymentFamily, Eligibility.PriorityGroupsOnly)]
    [InlineData(Theme.Disability, Eligibility.PriorityGroupsOnly)]
    [InlineData(Theme.General, Eligibility.Everyone)]
    [InlineData(Theme.Industry, Eligibility.Everyone)]
    [InlineData(Theme.Region, Eligibility.Everyone)]
    [InlineData(Theme.Discipline, Eligibility.Everyone)]
    public void SessionsForAGroupDefaultToThatGroupOnly(Theme theme, Eligibility expected)
    {
        Assert.Equal(expected, EligibilityRule.DefaultFor(theme));
    }

    [Fact]
    public void EveryoneMayTakePartInAFairForEveryone()
    {
        Assert.True(EligibilityRule.CanTakePart(Eligibility.Everyone, [], [PriorityGroup.Disability]));
    }

    [Fact]
    public void OnlyAConsentedMatchingGroupOpensAPriorityGroupsOnlySession()
    {
        PriorityGroup[] fairGroups = [PriorityGroup.HardshipFamily, PriorityGroup.LowIncome];

        Assert.True(EligibilityRule.CanTakePart(Eligibility.PriorityGroupsOnly, [PriorityGroup.LowIncome], fairGroups));
        Assert.False(EligibilityRule.CanTakePart(Eligibility.PriorityGroupsOnly, [PriorityGroup.Disability], fairGroups));
        Assert.False(EligibilityRule.CanTakePart(Eligibility.PriorityGroupsOnly, [], fairGroups));
    }

    [Fact]
    public void TheRefusalNamesNoGroup()
    {
        foreach (var group in KebabCase.AllowedValues<PriorityGroup>())
        {
            Assert.DoesNotContain(group.Replace('-', ' '), EligibilityRule.NotEligibleMessage, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("hardship", EligibilityRule.NotEligibleMessage, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("disab", EligibilityRule.NotEligibleMessage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void EligibilityHasKebabCaseNames()
    {
        Assert.Equal(["everyone", "priority-groups-only"], KebabCase.AllowedValues<Eligibility>());
    }

    [Fact]
    public void AnUnknownEligibilityIsAProgrammingError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EligibilityRule.CanTakePart((Eligibility)4, [], []));
    }
}
