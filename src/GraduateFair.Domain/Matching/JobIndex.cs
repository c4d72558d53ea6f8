using GraduateFair.Domain.Graduates;

namespace GraduateFair.Domain.Matching;

/// <summary>
/// Open jobs grouped for picking: by discipline and degree, then by city. Picking for one
/// graduate looks only at the groups that can match (the graduate's discipline, at their degree
/// and below), and within those reads only as far as it needs, so it costs about the number of
/// jobs picked plus the jobs skipped as already pushed, not the number of jobs. Immutable and
/// safe to share between threads once built: build one per sweep.
/// </summary>
/// <remarks>
/// <para>
/// Order of the picks (see <see cref="JobMatching"/> for what matches): the graduate's own degree
/// before lower degrees; within a degree, jobs in the graduate's city before the others. Jobs
/// equal on both are taken in job-id order (ordinal), starting from a point chosen by a stable
/// hash of the graduate id and wrapping around. Without that rotation every graduate of the same
/// discipline, degree and city would get the same few jobs with the lowest ids, week after week;
/// with it the picks spread over all equally good jobs and stay deterministic.
/// </para>
/// </remarks>
public sealed class JobIndex
{
    private static readonly int DegreeCount = Enum.GetValues<Degree>().Length;

    // One group per (discipline, degree), at discipline * DegreeCount + degree; null when empty.
    private readonly Group?[] _groups = new Group?[Enum.GetValues<Discipline>().Length * DegreeCount];

    /// <summary>Indexes the jobs with openings; jobs without are left out.</summary>
    /// <exception cref="ArgumentException">Two jobs share an id, or a job has an empty id or an undefined discipline or degree.</exception>
    public JobIndex(IEnumerable<OpenJob> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var byGroup = new Dictionary<int, List<OpenJob>>();
        foreach (var job in jobs)
        {
            ArgumentNullException.ThrowIfNull(job, nameof(jobs));
            if (string.IsNullOrEmpty(job.JobId) || !Enum.IsDefined(job.Discipline) || !Enum.IsDefined(job.Degree))
            {
                throw new ArgumentException($"Job '{job.JobId}' needs an id, a known discipline and a known degree.", nameof(jobs));
            }

            if (!ids.Add(job.JobId))
            {
                throw new ArgumentException($"Job '{job.JobId}' appears twice.", nameof(jobs));
            }

            if (job.Openings <= 0)
            {
                continue;
            }

            var slot = Slot(job.Discipline, job.Degree);
            if (!byGroup.TryGetValue(slot, out var list))
            {
                byGroup.Add(slot, list = []);
            }

            list.Add(job);
        }

        foreach (var (slot, list) in byGroup)
        {
            _groups[slot] = new Group(list);
            Count += list.Count;
        }
    }

    /// <summary>The number of jobs indexed (those with openings).</summary>
    public int Count { get; }

    /// <summary>
    /// Up to <see cref="JobPush.CountFor"/> jobs for <paramref name="graduate"/> (5 in a priority
    /// group, otherwise 3), best first, none of them in <paramref name="alreadyPushed"/>. Fewer,
    /// or none, when fewer jobs match.
    /// </summary>
    public IReadOnlyList<JobMatch> Pick(MatchProfile graduate, IReadOnlySet<string> alreadyPushed)
    {
        ArgumentNullException.ThrowIfNull(graduate);
        return Pick(graduate, alreadyPushed, JobPush.CountFor(graduate.InPriorityGroup));
    }

    /// <summary>Up to <paramref name="count"/> jobs for <paramref name="graduate"/>, best first, none of them in <paramref name="alreadyPushed"/>.</summary>
    public IReadOnlyList<JobMatch> Pick(MatchProfile graduate, IReadOnlySet<string> alreadyPushed, int count)
    {
        ArgumentNullException.ThrowIfNull(graduate);
        ArgumentNullException.ThrowIfNull(alreadyPushed);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (!Enum.IsDefined(graduate.Discipline) || !Enum.IsDefined(graduate.Degree))
        {
            throw new ArgumentException("The graduate needs a known discipline and a known degree.", nameof(graduate));
        }

        var picks = new List<JobMatch>(count);
        var city = graduate.City?.Trim() ?? "";
        var start = StableHash(graduate.GraduateId);
        for (var degree = graduate.Degree; degree >= 0 && picks.Count < count; degree--)
        {
            if (_groups[Slot(graduate.Discipline, degree)] is not { } group)
            {
                continue;
            }

            var degreeMatched = degree == graduate.Degree;
            OpenJob[]? local = null;
            if (city.Length > 0 && group.ByCity.TryGetValue(city, out local))
            {
                Take(local, start, skipCity: null, alreadyPushed, degreeMatched, cityMatched: true, picks, count);
            }

            Take(group.All, start, skipCity: local is null ? null : city, alreadyPushed, degreeMatched, cityMatched: false, picks, count);
        }

        return picks;
    }

    /// <summary>FNV-1a over the UTF-16 code units: the same value in every process, unlike <see cref="string.GetHashCode()"/>.</summary>
    internal static uint StableHash(string? text)
    {
        var hash = 2166136261u;
        foreach (var c in text ?? "")
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    private static void Take(
        OpenJob[] jobs,
        uint start,
        string? skipCity,
        IReadOnlySet<string> alreadyPushed,
        bool degreeMatched,
        bool cityMatched,
        List<JobMatch> picks,
        int count)
    {
        var offset = (int)(start % (uint)jobs.Length);
        for (var i = 0; i < jobs.Length && picks.Count < count; i++)
        {
            var job = jobs[(offset + i) % jobs.Length];
            if ((skipCity is null || !JobMatching.SameCity(job.City, skipCity)) && !alreadyPushed.Contains(job.JobId))
            {
                picks.Add(JobMatch.For(job, degreeMatched, cityMatched));
            }
        }
    }

    private static int Slot(Discipline discipline, Degree degree) => ((int)discipline * DegreeCount) + (int)degree;

    private sealed class Group
    {
        public Group(List<OpenJob> jobs)
        {
            jobs.Sort((a, b) => string.CompareOrdinal(a.JobId, b.JobId));
            All = [.. jobs];
            ByCity = All
                .GroupBy(j => j.City?.Trim() ?? "", StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        }

        // Every job of the group, by id.
        public OpenJob[] All { get; }

        // The jobs of each city (trimmed, any case), by id.
        public Dictionary<string, OpenJob[]> ByCity { get; }
    }
}
