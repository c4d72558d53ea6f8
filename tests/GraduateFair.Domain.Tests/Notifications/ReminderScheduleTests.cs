using System.Globalization;
using GraduateFair.Domain.Enumerations;
using GraduateFair.Domain.Notifications;

namespace GraduateFair.Domain.Tests.Notifications;

public sealed class ReminderScheduleTests
{
    private static readonly DateTimeOffset OpensAt = new(2025, 4, 10, 14, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset ThirtyBefore = OpensAt.AddMinutes(-30);
    private static readonly DateTimeOffset FiveBefore = OpensAt.AddMinutes(-5);

    [Fact]
    public void AnHourBeforeBothRemindersAreDueThirtyAndFiveMinutesBefore()
    {
        Assert.Equal(
            [
                new ScheduledReminder(FairReminder.ThirtyMinutesBefore, ThirtyBefore),
                new ScheduledReminder(FairReminder.FiveMinutesBefore, FiveBefore),
            ],
            ReminderSchedule.Pending(OpensAt, OpensAt.AddHours(-1)));
    }

    [Fact]
    public void TenMinutesBeforeOnlyTheFiveMinuteReminderIsLeft()
    {
        Assert.Equal(
            [new ScheduledReminder(FairReminder.FiveMinutesBefore, FiveBefore)],
            ReminderSchedule.Pending(OpensAt, OpensAt.AddMinutes(-10)));
    }

    [Fact]
    public void AReminderIsStillPendingUpToAMinuteAfterItsTimeAndNotAfter()
    {
        Assert.Equal(2, ReminderSchedule.Pending(OpensAt, ThirtyBefore.AddMinutes(1)).Count);
        Assert.Single(ReminderSchedule.Pending(OpensAt, ThirtyBefore.AddMinutes(1).AddTicks(1)));
    }

    [Fact]
    public void NothingIsPendingOnceTheFairIsOpen()
    {
        Assert.Empty(ReminderSchedule.Pending(OpensAt, OpensAt));
        Assert.Empty(ReminderSchedule.Pending(OpensAt, OpensAt.AddDays(1)));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(0.2, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    [InlineData(3600, false)]
    [InlineData(-1, false)]
    public void ATriggerSendsOnlyFromItsTimeToAMinuteAfter(double secondsLate, bool expected)
    {
        Assert.Equal(expected, ReminderSchedule.ShouldSend(FairReminder.FiveMinutesBefore, OpensAt, FiveBefore.AddSeconds(secondsLate)));
    }

    [Fact]
    public void ATriggerLeftFromBeforeTheFairWasMovedLaterDoesNotSend()
    {
        var movedOpensAt = OpensAt.AddHours(2);

        Assert.False(ReminderSchedule.ShouldSend(FairReminder.ThirtyMinutesBefore, movedOpensAt, ThirtyBefore));
        Assert.True(ReminderSchedule.ShouldSend(FairReminder.ThirtyMinutesBefore, movedOpensAt, ThirtyBefore.AddHours(2)));
    }

    [Fact]
    public void OffsetsDoNotMatterOnlyTheInstant()
    {
        Assert.True(ReminderSchedule.ShouldSend(FairReminder.ThirtyMinutesBefore, OpensAt, ThirtyBefore.ToUniversalTime()));
        Assert.Equal(ThirtyBefore, ReminderSchedule.Pending(OpensAt.ToUniversalTime(), ThirtyBefore.AddHours(-3))[0].SendAt);
    }

    [Theory]
    [InlineData(FairReminder.ThirtyMinutesBefore, "春季校园招聘会 opens in 30 minutes.")]
    [InlineData(FairReminder.FiveMinutesBefore, "春季校园招聘会 opens in 5 minutes.")]
    public void TheTextSaysWhenTheFairOpens(FairReminder reminder, string expected)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

            Assert.Equal(expected, ReminderSchedule.Text(reminder, " 春季校园招聘会 "));
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void RemindersHaveKebabCaseNames()
    {
        Assert.Equal(["thirty-minutes-before", "five-minutes-before"], KebabCase.AllowedValues<FairReminder>());
    }

    [Fact]
    public void AnUnknownReminderIsAProgrammingError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReminderSchedule.LeadTime((FairReminder)5));
    }
}
