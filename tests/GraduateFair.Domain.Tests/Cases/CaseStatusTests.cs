using GraduateFair.Domain.Cases;
using GraduateFair.Domain.Enumerations;

namespace GraduateFair.Domain.Tests.Cases;

public sealed class CaseStatusTests
{
    [Fact]
    public void StatusesHaveKebabCaseNamesInTheirOrderOnTheTrack()
    {
        Assert.Equal(["seeking", "interviewing", "offer", "signed", "employed", "not-seeking"], KebabCase.AllowedValues<CaseStatus>());
    }

    [Fact]
    public void AnUnknownStatusFilterListsTheAllowedStatuses()
    {
        Assert.False(KebabCase.TryParse<CaseStatus>("hired", out _));
        Assert.Equal(
            "Unknown case status 'hired'; allowed: seeking, interviewing, offer, signed, employed, not-seeking",
            KebabCase.UnknownValueMessage<CaseStatus>("hired"));
    }

    [Fact]
    public void ServiceKindsHaveKebabCaseNames()
    {
        Assert.Equal(["guidance", "recommendation", "training", "internship", "other"], KebabCase.AllowedValues<ServiceKind>());
    }
}
