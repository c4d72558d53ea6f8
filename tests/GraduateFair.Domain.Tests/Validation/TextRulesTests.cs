using GraduateFair.Domain.Validation;

namespace GraduateFair.Domain.Tests.Validation;

public sealed class TextRulesTests
{
    [Fact]
    public void OptionalTextMayBeMissingOrBlank()
    {
        Assert.Null(TextRules.Optional(null, "Description", 10));
        Assert.Null(TextRules.Optional("   ", "Description", 10));
    }

    [Fact]
    public void OptionalTextMayHaveLineBreaksButNotExceedItsLimit()
    {
        Assert.Null(TextRules.Optional("line one\nline 2", "Description", 15));
        Assert.Equal("Description must be at most 15 characters.", TextRules.Optional("line one\nline 22", "Description", 15));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("  ", null)]
    [InlineData("  Booth A ", "Booth A")]
    public void NormalizeTrimsAndTurnsBlankIntoNull(string? value, string? expected)
    {
        Assert.Equal(expected, TextRules.Normalize(value));
    }
}
