using GraduateFair.Domain.Cases;
using GraduateFair.Domain.Matching;

namespace GraduateFair.Domain.Tests.Matching;

public sealed class JobPushTests
{
    [Theory]
    [InlineData(CaseStatus.Seeking, true)]
    [InlineData(CaseStatus.Interviewing, true)]
    [InlineData(CaseStatus.Offer, false)]
    [InlineData(CaseStatus.Signed, false)]
    [InlineData(CaseStatus.Employed, false)]
    [InlineData(CaseStatus.NotSeeking, false)]
    public void OnlyGraduatesStillLookingGetPushes(CaseStatus status, bool pushed)
    {
        Assert.Equal(pushed, JobPush.AppliesTo(status));
    }

    [Fact]
    public void PriorityGroupGraduatesGetFiveJobsAndOthersThree()
    {
        Assert.Equal((5, 3), (JobPush.CountFor(true), JobPush.CountFor(false)));
    }
}
