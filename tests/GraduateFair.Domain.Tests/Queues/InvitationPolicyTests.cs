using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Queues;

namespace GraduateFair.Domain.Tests.Queues;

public sealed class InvitationPolicyTests
{
    [Fact]
    public void AnInvitationWaitsNinetySeconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(90), InvitationPolicy.WaitFor([]));
        Assert.Equal(TimeSpan.FromSeconds(90), InvitationPolicy.WaitFor([Accommodation.TextChat, Accommodation.Captions]));
    }

    [Fact]
    public void ExtraTimeDoublesTheWait()
    {
        Assert.Equal(TimeSpan.FromSeconds(180), InvitationPolicy.WaitFor([Accommodation.SignLanguage, Accommodation.ExtraTime]));
    }
}
