using GraduateFair.Domain.Notifications;
using GraduateFair.Runtime;

namespace GraduateFair.Grains.Fairs;

/// <summary>
/// A job fair (招聘会) or themed session (专场), keyed by fair id: scheduled → open → closed.
/// The fair owns its schedule (opening, closing, reminders): the scheduler's triggers are built
/// from what it says.
/// </summary>
public interface IFairGrain : IGrainWithStringKey
{
    Task<FairInfo> CreateAsync(NewFair fair);

    Task<FairInfo?> GetAsync();

    /// <summary>Opens the fair now; its booths' queues start taking graduates.</summary>
    Task<FairChange> OpenAsync();

    /// <summary>Closes the fair now: every queue is emptied (reason fair-closed), unstarted invitations end, and its jobs are no longer open.</summary>
    Task<FairChange> CloseAsync();

    /// <summary>Adds a booth and sets up its interview queue; refused once the fair is closed.</summary>
    Task<FairChange> AddBoothAsync(FairBooth booth);

    /// <summary>Changes the title, description or times (<see cref="Domain.Fairs.FairEdits"/>); the caller reschedules when times moved.</summary>
    Task<FairEditResult> EditAsync(FairEdit edit);

    /// <summary>Registers a graduate for the fair's reminders (idempotent); refused once the fair is closed. Eligibility is the caller's to check.</summary>
    Task<RegistrationResult> RegisterAsync(string graduateId);

    /// <summary>When the graduate registered, or null.</summary>
    Task<DateTimeOffset?> GetRegistrationAsync(string graduateId);

    /// <summary>
    /// The reminder to send now; null when it is not due now (too early or too late:
    /// <see cref="ReminderSchedule.ShouldSend"/>), was already sent for the current opening time,
    /// or the fair is no longer scheduled. Send it, then <see cref="MarkReminderSentAsync"/>.
    /// </summary>
    Task<ReminderBatch?> GetDueReminderAsync(FairReminder reminder);

    /// <summary>Records the reminder as sent for the fair opening at <paramref name="opensAt"/>; moving the opening arms it again.</summary>
    Task MarkReminderSentAsync(FairReminder reminder, DateTimeOffset opensAt);
}
