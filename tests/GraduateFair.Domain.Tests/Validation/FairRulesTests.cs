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
}
