using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.LiveSessions;
using GraduateFair.Grains.Booths;
using GraduateFair.Grains.LiveSessions;

namespace GraduateFair.Server.Hubs;

// Live sessions over the hub (the contract: /work/shared-notes/live-hub-contract.md and
// docs/api-additions.md). Nothing here may ever carry a stream key or a priority group.

/// <summary>A job card as viewers see it.</summary>
public sealed record LiveJobCard(string JobId, string Title, Discipline Discipline, Degree Degree, string City, int Openings)
{
    public static LiveJobCard From(JobInfo job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new(job.JobId, job.Title, job.Discipline, job.Degree, job.City, job.Openings);
    }
}

/// <summary>One chat message.</summary>
public sealed record LiveChatLine(string MessageId, string SessionId, string FromUserId, string DisplayName, string Text, DateTimeOffset SentAt)
{
    public static LiveChatLine From(LiveChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(message.MessageId, message.SessionId, message.FromUserId, message.DisplayName, message.Text, message.SentAt);
    }
}

/// <summary>What <c>WatchLive</c> answers: the session now, the latest chat (oldest first), and whether this user is muted.</summary>
public sealed record WatchingLive(string SessionId, LiveSessionStatus Status, int Viewers, IReadOnlyList<LiveJobCard> PinnedJobs, IReadOnlyList<LiveChatLine> Chat, bool Muted);

/// <summary>What <c>SendLiveChat</c> answers.</summary>
public sealed record LiveChatSent(string MessageId);

/// <summary><c>LiveStatus</c>: to the session's watchers and the fair's watchers.</summary>
public sealed record LiveStatusMessage(string SessionId, LiveSessionStatus Status);

/// <summary><c>LiveSessionStarting</c>: to the fair's watchers, some minutes before the start.</summary>
public sealed record LiveSessionStartingMessage(string SessionId, string BoothId, string FairId, string CompanyName, string Title, DateTimeOffset StartsAt);

/// <summary><c>PinnedJob</c>: to the session's watchers.</summary>
public sealed record PinnedJobMessage(string SessionId, LiveJobCard Job);

/// <summary><c>UnpinnedJob</c>: to the session's watchers.</summary>
public sealed record UnpinnedJobMessage(string SessionId, string JobId);

/// <summary><c>LiveChat</c>: chat messages gathered for a moment, in order, to the session's watchers.</summary>
public sealed record LiveChatMessages(string SessionId, IReadOnlyList<LiveChatLine> Messages);

/// <summary><c>LiveChatDeleted</c>: to the session's watchers.</summary>
public sealed record LiveChatDeletedMessage(string SessionId, string MessageId);

/// <summary><c>LiveViewers</c>: to the session's watchers, at most every 2 seconds and only on change.</summary>
public sealed record LiveViewersMessage(string SessionId, int Viewers);

/// <summary><c>LiveMuted</c>: to the muted user.</summary>
public sealed record LiveMutedMessage(string SessionId);
