using GraduateFair.Runtime;

namespace GraduateFair.Grains.Fairs;

/// <summary>A job fair (招聘会) or themed session (专场), keyed by fair id: scheduled → open → closed.</summary>
public interface IFairGrain : IGrainWithStringKey
{
    Task<FairInfo> CreateAsync(NewFair fair);

    Task<FairInfo?> GetAsync();

    /// <summary>Opens the fair now; its booths' queues start taking graduates.</summary>
    Task<FairChange> OpenAsync();

    /// <summary>Closes the fair now: every queue is emptied (reason fair-closed) and unstarted invitations end.</summary>
    Task<FairChange> CloseAsync();

    /// <summary>Adds a booth and sets up its interview queue; refused once the fair is closed.</summary>
    Task<FairChange> AddBoothAsync(FairBooth booth);
}
