using System.Text.Json.Serialization;
using GraduateFair.Domain.Cases;
using GraduateFair.Grains.Pushes;

namespace GraduateFair.Grains.Cases;

/// <summary>What a shard keeps of one graduate.</summary>
public sealed class CaseShardEntry
{
    private HashSet<string>? _pushedIds;

    /// <summary>The newest summary of the graduate's case; null until the first one arrives.</summary>
    public CaseSummary? Summary { get; set; }

    /// <summary>Jobs pushed to the graduate that are still open, oldest first.</summary>
    public List<PushedJob> Pushed { get; set; } = [];

    /// <summary>Every push's count, for "1311" (pushes of jobs long closed included).</summary>
    public List<PushCount> Recommendations { get; set; } = [];

    /// <summary>The graduate's open follow-up, if any.</summary>
    public string? OpenFollowUpId { get; set; }

    /// <summary>The ids of <see cref="Pushed"/>, for "never push a job twice".</summary>
    [JsonIgnore]
    public IReadOnlySet<string> PushedIds => _pushedIds ??= Pushed.Select(p => p.Match.JobId).ToHashSet(StringComparer.Ordinal);

    [JsonIgnore]
    public int RecommendationsPushed => Recommendations.Sum(r => r.Count);

    /// <summary>The case's services, with the jobs pushed counted as recommendations.</summary>
    public ServiceCounts ServicesWithPushes() =>
        Summary is null ? ServiceCounts.None : Summary.Case.ServiceCounts.Add(ServiceKind.Recommendation, RecommendationsPushed);

    public void AddPushed(PushedJob job)
    {
        Pushed.Add(job);
        _pushedIds = null;
    }

    public void ForgetPushed(IReadOnlySet<string> jobIds)
    {
        if (Pushed.RemoveAll(p => jobIds.Contains(p.Match.JobId)) > 0)
        {
            _pushedIds = null;
        }
    }

    public void CountRecommendations(DateTimeOffset at, int count)
    {
        if (Recommendations.Count > 0 && Recommendations[^1] is var last && at - last.At < TimeSpan.FromHours(1))
        {
            Recommendations[^1] = last with { Count = last.Count + count };
        }
        else
        {
            Recommendations.Add(new PushCount(at, count));
        }
    }
}
