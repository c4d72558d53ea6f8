using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Validation;

namespace GraduateFair.Domain.Tests.Fairs;

public sealed class FairEditsTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(FairStatus.Scheduled, true, null)]
    [InlineData(FairStatus.Scheduled, false, null)]
    [InlineData(FairStatus.Open, false, null)]
    [InlineData(FairStatus.Open, true, "The fair is open: its opening time can no longer change.")]
    [InlineData(FairStatus.Closed, false, "The fair is closed: it can no longer be edited.")]
    [InlineData(FairStatus.Closed, true, "The fair is closed: it can no longer be edited.")]
    public void OnlyAScheduledFairMovesItsOpeningAndAClosedFairTakesNoEdit(FairStatus status, bool changesOpensAt, string? conflict)
    {
        Assert.Equal(conflict, FairEdits.Conflict(status, changesOpensAt));
    }

    [Fact]
    public void TimesAheadThatCloseAfterOpeningAreAccepted()
    {
        Assert.Empty(FairEdits.Times(Now.AddHours(1), Now.AddHours(5), opensAtChanged: true, closesAtChanged: true, Now));
    }

    [Fact]
    public void AChangedTimeInThePastIsRefusedButAnUnchangedOneIsNot()
    {
        var errors = FairEdits.Times(Now.AddMinutes(-1), Now, opensAtChanged: true, closesAtChanged: true, Now);
        var unchanged = FairEdits.Times(Now.AddHours(-1), Now.AddHours(3), opensAtChanged: false, closesAtChanged: true, Now);

        Assert.Equal(
            [
                new FieldError("opensAt", "Opening time must be in the future; to open the fair now, open it."),
                new FieldError("closesAt", "Closing time must be in the future; to close the fair now, close it."),
            ],
            errors);
        Assert.Empty(unchanged);
    }

    [Fact]
    public void AClosingTimeNotAfterTheOpeningIsReportedAgainstTheTimeThatChanged()
    {
        var closingMoved = FairEdits.Times(Now.AddHours(2), Now.AddHours(2), opensAtChanged: false, closesAtChanged: true, Now);
        var openingMoved = FairEdits.Times(Now.AddHours(3), Now.AddHours(2), opensAtChanged: true, closesAtChanged: false, Now);

        Assert.Equal([new FieldError("closesAt", "Closing time must be after the opening time.")], closingMoved);
        Assert.Equal([new FieldError("opensAt", "Opening time must be before the closing time.")], openingMoved);
    }
}
