using GraduateFair.Domain.Fairs;

namespace GraduateFair.Domain.Tests.Fairs;

public sealed class FairLifecycleTests
{
    [Fact]
    public void OpeningAScheduledFairOpensIt()
    {
        Assert.Equal(new FairTransition(FairTransitionKind.Changed, FairStatus.Open), FairLifecycle.Open(FairStatus.Scheduled));
    }

    [Fact]
    public void OpeningAnOpenFairChangesNothing()
    {
        Assert.Equal(new FairTransition(FairTransitionKind.Unchanged, FairStatus.Open), FairLifecycle.Open(FairStatus.Open));
    }

    [Fact]
    public void OpeningAClosedFairIsAConflict()
    {
        Assert.Equal(
            new FairTransition(FairTransitionKind.Conflict, FairStatus.Closed, "The fair is closed and cannot be opened again."),
            FairLifecycle.Open(FairStatus.Closed));
    }

    [Theory]
    [InlineData(FairStatus.Scheduled)]
    [InlineData(FairStatus.Open)]
    public void ClosingAScheduledOrOpenFairClosesIt(FairStatus current)
    {
        Assert.Equal(new FairTransition(FairTransitionKind.Changed, FairStatus.Closed), FairLifecycle.Close(current));
    }

    [Fact]
    public void ClosingAClosedFairChangesNothing()
    {
        Assert.Equal(new FairTransition(FairTransitionKind.Unchanged, FairStatus.Closed), FairLifecycle.Close(FairStatus.Closed));
    }

    [Fact]
    public void AnUnknownStatusIsAProgrammingError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FairLifecycle.Open((FairStatus)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => FairLifecycle.Close((FairStatus)7));
    }
}
