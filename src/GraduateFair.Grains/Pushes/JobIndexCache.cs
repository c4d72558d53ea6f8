using GraduateFair.Domain.Matching;
using GraduateFair.Grains.Jobs;

namespace GraduateFair.Grains.Pushes;

/// <summary>
/// The <see cref="JobIndex"/> of the latest open-jobs snapshot, built once per host and shared by
/// every shard of a push (in Orleans terms a per-silo cache): a push passes the snapshot, not a
/// built index, to each shard.
/// </summary>
public sealed class JobIndexCache
{
    private readonly object _sync = new();
    private Built? _latest;

    /// <summary>The index and the set of open job ids of <paramref name="snapshot"/>.</summary>
    public (JobIndex Index, IReadOnlySet<string> OpenIds) For(OpenJobsSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (_sync)
        {
            if (_latest is null || _latest.Version != snapshot.Version)
            {
                _latest = new Built(
                    snapshot.Version,
                    new JobIndex(snapshot.Jobs.Select(j => j.ToOpenJob())),
                    snapshot.Jobs.Select(j => j.JobId).ToHashSet(StringComparer.Ordinal));
            }

            return (_latest.Index, _latest.OpenIds);
        }
    }

    private sealed record Built(long Version, JobIndex Index, HashSet<string> OpenIds);
}
