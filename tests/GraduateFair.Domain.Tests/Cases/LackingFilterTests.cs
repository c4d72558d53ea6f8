using GraduateFair.Domain.Cases;

namespace GraduateFair.Domain.Tests.Cases;

public sealed class LackingFilterTests
{
    private static readonly ServiceCounts Complete = new(1, 3, 1, 1, 0);

    [Fact]
    public void Filter1311KeepsCasesShortOfAnyOfTheFour()
    {
        Assert.True(LackingFilter.TryParse("1311", out var filter, out var error));
        Assert.Null(error);
        Assert.Equal(LackingFilter.Rule1311, filter);

        Assert.True(filter.Matches(ServiceCounts.None));
        Assert.True(filter.Matches(Complete with { Training = 0 }));
        Assert.False(filter.Matches(Complete));
        Assert.False(filter.Matches(Complete with { Recommendation = 9, Other = 4 }));
    }

    [Theory]
    [InlineData("guidance", ServiceKind.Guidance)]
    [InlineData("recommendation", ServiceKind.Recommendation)]
    [InlineData("training", ServiceKind.Training)]
    [InlineData("internship", ServiceKind.Internship)]
    public void AKindKeepsCasesShortOfThatKindOnly(string text, ServiceKind kind)
    {
        Assert.True(LackingFilter.TryParse(text, out var filter, out _));
        Assert.Equal(new LackingFilter(kind), filter);
        Assert.Equal(text, filter.ToString());

        var anotherKind = kind == ServiceKind.Guidance ? ServiceKind.Training : ServiceKind.Guidance;
        Assert.True(filter.Matches(OneShortOf(kind)));
        Assert.False(filter.Matches(OneShortOf(anotherKind)));
        Assert.False(filter.Matches(Complete));
    }

    [Theory]
    [InlineData("1311+N")]
    [InlineData("Guidance")]
    [InlineData("recommendations")]
    [InlineData(" training")]
    [InlineData("")]
    [InlineData(null)]
    public void AnythingElseIsRefusedListingTheAllowedValues(string? text)
    {
        Assert.False(LackingFilter.TryParse(text, out var filter, out var error));
        Assert.Null(filter);
        Assert.Equal($"Unknown lacking filter '{text}'; allowed: 1311, guidance, recommendation, training, internship", error);
    }

    [Fact]
    public void OtherIsRefusedWithTheReason()
    {
        Assert.False(LackingFilter.TryParse("other", out _, out var error));
        Assert.Equal("Other help has no minimum under 1311, so no case lacks it; allowed: 1311, guidance, recommendation, training, internship", error);
    }

    [Fact]
    public void TheRuleFilterPrintsAs1311()
    {
        Assert.Equal("1311", LackingFilter.Rule1311.ToString());
        Assert.Equal(["1311", "guidance", "recommendation", "training", "internship"], LackingFilter.AllowedValues);
    }

    private static ServiceCounts OneShortOf(ServiceKind kind) => kind switch
    {
        ServiceKind.Guidance => Complete with { Guidance = 0 },
        ServiceKind.Recommendation => Complete with { Recommendation = 2 },
        ServiceKind.Training => Complete with { Training = 0 },
        ServiceKind.Internship => Complete with { Internship = 0 },
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
