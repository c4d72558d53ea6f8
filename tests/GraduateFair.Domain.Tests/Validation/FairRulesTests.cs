using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Validation;

namespace GraduateFair.Domain.Tests.Validation;

public sealed class FairRulesTests
{
    private static readonly DateTimeOffset Nine = new(2025, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void FairThatClosesAfterItOpensIsAccepted()
    {
        Assert.Null(FairRules.Times(Nine, Nine.AddTicks(1)));
    }

    [Fact]
    public void FairThatClosesWhenItOpensIsRejected()
    {
        Assert.Equal("Closing time must be after the opening time.", FairRules.Times(Nine, Nine));
    }

    [Fact]
    public void FairThatClosesBeforeItOpensIsRejected()
    {
        Assert.Equal("Closing time must be after the opening time.", FairRules.Times(Nine, Nine.AddHours(-1)));
    }

    [Fact]
    public void TimesInDifferentOffsetsAreComparedAsInstants()
    {
        // 09:00+08:00 is 01:00Z, so 02:00Z is after it.
        Assert.Null(FairRules.Times(Nine, new DateTimeOffset(2025, 6, 1, 2, 0, 0, TimeSpan.Zero)));
        Assert.NotNull(FairRules.Times(Nine, new DateTimeOffset(2025, 6, 1, 1, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void FairTitleIsLimitedToTwoHundredCharacters()
    {
        Assert.Null(FairRules.Title(new string('t', 200)));
        Assert.Equal("Title must be at most 200 characters.", FairRules.Title(new string('t', 201)));
    }

    [Theory]
    [InlineData(Theme.General)]
    [InlineData(Theme.Industry)]
    [InlineData(Theme.Disability)]
    public void AFairForEveryoneIsAlwaysAccepted(Theme theme)
    {
        Assert.Null(FairRules.Eligibility(theme, Eligibility.Everyone, []));
    }

    [Fact]
    public void AThemedSessionWithGroupsMayBeForThoseGroupsOnly()
    {
        Assert.Null(FairRules.Eligibility(Theme.Disability, Eligibility.PriorityGroupsOnly, FairPriorityGroups.For(Theme.Disability, null)));
        Assert.Null(FairRules.Eligibility(Theme.Region, Eligibility.PriorityGroupsOnly, [PriorityGroup.LowIncome]));
    }

    [Fact]
    public void AGeneralFairCannotBeForPriorityGroupsOnly()
    {
        Assert.Equal(
            "A general fair is open to everyone; choose a themed session to restrict it to priority groups.",
            FairRules.Eligibility(Theme.General, Eligibility.PriorityGroupsOnly, [PriorityGroup.LowIncome]));
    }

    [Fact]
    public void APriorityGroupsOnlySessionWithoutGroupsIsRejected()
    {
        Assert.Equal(
            "A session for priority groups only needs at least one priority group in priorityGroups.",
            FairRules.Eligibility(Theme.Industry, Eligibility.PriorityGroupsOnly, FairPriorityGroups.For(Theme.Industry, [])));
    }
}
