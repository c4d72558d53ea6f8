using GraduateFair.Runtime;

namespace GraduateFair.Grains.Accounts;

/// <summary>Which account an email address belongs to, keyed by the normalised address.</summary>
public interface IEmailGrain : IGrainWithStringKey
{
    /// <summary>Claims the address for <paramref name="userId"/>; returns the owner (another id when it was taken).</summary>
    Task<string> ClaimAsync(string userId);

    /// <summary>The owner's user id, or null when the address is free.</summary>
    Task<string?> GetOwnerAsync();
}
