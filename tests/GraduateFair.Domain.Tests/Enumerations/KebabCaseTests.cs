using GraduateFair.Domain.Enumerations;
using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Interviews;
using GraduateFair.Domain.Queues;

namespace GraduateFair.Domain.Tests.Enumerations;

public sealed class KebabCaseTests
{
    [Fact]
    public void FormatWritesMultiWordMembersWithHyphens()
    {
        Assert.Equal("zero-employment-family", KebabCase.Format(Theme.ZeroEmploymentFamily));
        Assert.Equal("no-show", KebabCase.Format(InterviewOutcome.NoShow));
        Assert.Equal("fair-closed", KebabCase.Format(QueueLeaveReason.FairClosed));
        Assert.Equal("text-chat", KebabCase.Format(Accommodation.TextChat));
    }

    [Fact]
    public void FormatOfAnUndefinedValueThrows()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KebabCase.Format((Theme)99));
    }

    [Theory]
    [InlineData("hardship-family", Theme.HardshipFamily)]
    [InlineData("general", Theme.General)]
    [InlineData("discipline", Theme.Discipline)]
    public void TryParseAcceptsTheExactKebabCaseName(string text, Theme expected)
    {
        Assert.True(KebabCase.TryParse<Theme>(text, out var theme));
        Assert.Equal(expected, theme);
    }

    [Theory]
    [InlineData("HardshipFamily")]
    [InlineData("Hardship-Family")]
    [InlineData("hardship_family")]
    [InlineData("hardshipfamily")]
    [InlineData(" hardship-family")]
    [InlineData("hardship-family ")]
    [InlineData("1")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseRejectsAnythingButTheExactName(string? text)
    {
        Assert.False(KebabCase.TryParse<Theme>(text, out var theme));
        Assert.Equal(default, theme);
    }

    [Fact]
    public void AllowedValuesListsTheNamesInDeclarationOrder()
    {
        Assert.Equal(["associate", "bachelor", "master", "doctor"], KebabCase.AllowedValues<Degree>());
    }

    [Fact]
    public void UnknownValueMessageNamesTheEnumerationAndListsTheAllowedValues()
    {
        Assert.Equal(
            "Unknown theme 'x'; allowed: general, hardship-family, zero-employment-family, disability, industry, region, discipline",
            KebabCase.UnknownValueMessage<Theme>("x"));
        Assert.Equal(
            "Unknown priority group 'poor'; allowed: hardship-family, zero-employment-family, disability, low-income",
            KebabCase.UnknownValueMessage<PriorityGroup>("poor"));
    }

    [Fact]
    public void UnknownValueMessageUsesTheGivenNoun()
    {
        Assert.Equal(
            "Unknown outcome 'hired'; allowed: advance, offer, reject, no-show",
            KebabCase.UnknownValueMessage<InterviewOutcome>("hired", "outcome"));
    }
}
