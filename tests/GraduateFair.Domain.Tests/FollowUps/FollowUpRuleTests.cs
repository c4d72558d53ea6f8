using GraduateFair.Domain.Cases;
using GraduateFair.Domain.FollowUps;

namespace GraduateFair.Domain.Tests.FollowUps;

public sealed class FollowUpRuleTests
{
    private static readonly DateTimeOffset LastContact = new(2025, 3, 1, 10, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(CaseStatus.Seeking)]
    [InlineData(CaseStatus.Interviewing)]
    public void SeekingAndInterviewingAreDueThirtyDaysAfterTheLastContact(CaseStatus status)
    {
        Assert.Equal(new DateTimeOffset(2025, 3, 31, 10, 0, 0, TimeSpan.FromHours(8)), FollowUpRule.DueAt(status, LastContact));
        Assert.False(FollowUpRule.IsDue(status, LastContact, LastContact.AddDays(29)));
        Assert.False(FollowUpRule.IsDue(status, LastContact, LastContact.AddDays(30).AddTicks(-1)));
        Assert.True(FollowUpRule.IsDue(status, LastContact, LastContact.AddDays(30)));
        Assert.True(FollowUpRule.IsDue(status, LastContact, LastContact.AddDays(95)));
    }

    [Theory]
    [InlineData(CaseStatus.Offer)]
    [InlineData(CaseStatus.Signed)]
    [InlineData(CaseStatus.Employed)]
    [InlineData(CaseStatus.NotSeeking)]
    public void OtherStatusesAreNeverDue(CaseStatus status)
    {
        Assert.Null(FollowUpRule.DueAt(status, LastContact));
        Assert.False(FollowUpRule.IsDue(status, LastContact, LastContact.AddYears(1)));
    }

    [Fact]
    public void TheIntervalIsThirtyTimesTwentyFourHoursWhateverTheOffset()
    {
        var utc = LastContact.ToUniversalTime();

        Assert.Equal(FollowUpRule.DueAt(CaseStatus.Seeking, LastContact), FollowUpRule.DueAt(CaseStatus.Seeking, utc));
        Assert.True(FollowUpRule.IsDue(CaseStatus.Seeking, LastContact, utc.AddHours(720)));
    }
}
