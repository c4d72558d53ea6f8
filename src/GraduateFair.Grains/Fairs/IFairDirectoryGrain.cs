using GraduateFair.Runtime;

namespace GraduateFair.Grains.Fairs;

/// <summary>Every fair, for listings and for start-up (which fairs are open, what is scheduled when).</summary>
public interface IFairDirectoryGrain : IGrainWithStringKey
{
    Task UpdateAsync(FairSummary fair);

    Task<IReadOnlyList<FairSummary>> ListAsync();
}
