using GraduateFair.Runtime;

namespace GraduateFair.Grains.Interviews;

/// <summary>One invitation, keyed by invitation id: who was invited where, and what became of it. The booth's queue drives it.</summary>
public interface IInvitationGrain : IGrainWithStringKey
{
    Task CreateAsync(InvitationRecord invitation);

    Task<InvitationRecord?> GetAsync();

    Task SetStatusAsync(InvitationStatus status, string? roomId);
}
