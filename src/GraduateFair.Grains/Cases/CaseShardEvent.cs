using System.Text.Json.Serialization;
using GraduateFair.Grains.FollowUps;
using GraduateFair.Grains.Pushes;

namespace GraduateFair.Grains.Cases;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(CaseSummaryUpserted), "summary")]
[JsonDerivedType(typeof(JobsPushed), "jobs-pushed")]
[JsonDerivedType(typeof(PushesRetired), "pushes-retired")]
[JsonDerivedType(typeof(FollowUpsCreated), "follow-ups-created")]
[JsonDerivedType(typeof(FollowUpCompleted), "follow-up-completed")]
public abstract record CaseShardEvent;

public sealed record CaseSummaryUpserted(CaseSummary Summary) : CaseShardEvent;

/// <summary>Part of one push: the jobs given to some of the shard's graduates (a push writes a few such events per shard, not one per graduate).</summary>
public sealed record JobsPushed(string PushId, DateTimeOffset At, IReadOnlyList<GraduatePush> Pushes) : CaseShardEvent;

/// <summary>These jobs are no longer open: graduates' lists forget them (they stay counted as recommendations).</summary>
public sealed record PushesRetired(IReadOnlyList<string> JobIds) : CaseShardEvent;

/// <param name="ForgetCompletedBefore">Follow-ups completed before this are dropped from the shard.</param>
public sealed record FollowUpsCreated(DateTimeOffset At, IReadOnlyList<FollowUpTask> Tasks, DateTimeOffset? ForgetCompletedBefore = null) : CaseShardEvent;

public sealed record FollowUpCompleted(string FollowUpId, FollowUpCompletion Completion) : CaseShardEvent;
