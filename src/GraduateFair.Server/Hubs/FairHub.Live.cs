using System.Security.Claims;
using GraduateFair.Domain.LiveSessions;
using GraduateFair.Grains.Companies;
using GraduateFair.Grains.LiveSessions;
using Microsoft.AspNetCore.SignalR;

namespace GraduateFair.Server.Hubs;

/// <summary>
/// Live sessions (直播带岗) over the hub: watching (a viewer count by connection), chat with its
/// limits, and the host's moderation. Who watches is <see cref="LiveSessions.LiveAudience"/>'s,
/// the session's state the grain's; the hub keeps nothing.
/// </summary>
public sealed partial class FairHub
{
    public const string NoSuchLiveSession = "No such live session.";
    public const string ChatTooFast = "Too fast: one message every two seconds.";
    public const string ChatMuted = "You have been muted in this session.";
    public const string ChatNotLive = "Chat is open only while the session is live.";
    public const string ChatNotWatching = "Watch the session first: only its viewers and its host can chat.";
    public const string NotLiveHost = "Only the employers of the session's company can moderate its chat.";

    /// <summary>
    /// Anyone signed in: this connection counts as a viewer and gets the session's events from now
    /// on; answers the session now (status, viewers, pinned cards, the latest chat, whether the
    /// caller is muted).
    /// </summary>
    public async Task<WatchingLive> WatchLive(string sessionId)
    {
        var id = RequireLiveId(sessionId);
        var session = grains.GetGrain<ILiveSessionGrain>(id);
        var info = await session.GetAsync() ?? throw Refused(nameof(WatchLive), NoSuchLiveSession);

        // In the group before reading: whatever changes from here on reaches this connection (a
        // chat message may then come twice, in the answer and in a batch; its id tells).
        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Live(id));
        var watching = audience.Join(id, Context.ConnectionId, UserId);
        liveEvents.Audience(id, watching);
        var chat = await session.GetRecentChatAsync();
        var muted = await session.IsMutedAsync(UserId);
        return new WatchingLive(id, info.Status, watching, [.. info.PinnedJobs.Select(LiveJobCard.From)], [.. chat.Select(LiveChatLine.From)], muted);
    }

    public async Task UnwatchLive(string sessionId)
    {
        var id = RequireLiveId(sessionId);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, HubGroups.Live(id));
        liveEvents.Audience(id, audience.Leave(id, Context.ConnectionId));
    }

    /// <summary>
    /// A viewer watching on this connection, or the host: 1–300 characters (trimmed), no banned
    /// term, one message every two seconds per user, not muted, while the session is live.
    /// </summary>
    public async Task<LiveChatSent> SendLiveChat(string sessionId, string text)
    {
        var id = RequireLiveId(sessionId);
        var trimmed = text?.Trim();
        if (LiveChatRules.Check(trimmed, liveOptions.Value.BannedTerms) is { } why)
        {
            throw Refused(nameof(SendLiveChat), why);
        }

        var session = grains.GetGrain<ILiveSessionGrain>(id);
        var info = await session.GetAsync() ?? throw Refused(nameof(SendLiveChat), NoSuchLiveSession);
        if (!audience.IsWatching(id, Context.ConnectionId) && !await IsHostAsync(info))
        {
            throw Refused(nameof(SendLiveChat), ChatNotWatching);
        }

        if (info.Status != LiveSessionStatus.Live)
        {
            throw Refused(nameof(SendLiveChat), ChatNotLive);
        }

        if (!chatPace.TryTake(id, UserId))
        {
            throw Refused(nameof(SendLiveChat), ChatTooFast);
        }

        var posted = await session.PostChatAsync(UserId, Context.User?.FindFirstValue(ClaimTypes.Name) ?? "", trimmed!);
        switch (posted.Outcome)
        {
            case ChatPostOutcome.Posted:
                liveEvents.Chat(posted.Message!);
                return new LiveChatSent(posted.Message!.MessageId);
            case ChatPostOutcome.Muted:
                throw Refused(nameof(SendLiveChat), ChatMuted);
            case ChatPostOutcome.NoSuchSession:
                throw Refused(nameof(SendLiveChat), NoSuchLiveSession);
            default:
                throw Refused(nameof(SendLiveChat), ChatNotLive);
        }
    }

    /// <summary>The session's company's employers: the message goes from the session's latest chat and every watcher gets <c>LiveChatDeleted</c>.</summary>
    public async Task DeleteLiveChat(string sessionId, string messageId)
    {
        var info = await HostSessionAsync(sessionId, nameof(DeleteLiveChat));
        var id = RequireId(messageId, "chat message");
        await grains.GetGrain<ILiveSessionGrain>(info.SessionId).DeleteChatAsync(id);

        // Told even when the message is older than the latest kept: watchers may still show it.
        liveEvents.ChatDeleted(info.SessionId, id);
    }

    /// <summary>The session's company's employers: the user may not chat in this session any more and gets <c>LiveMuted</c>.</summary>
    public async Task MuteLiveViewer(string sessionId, string userId)
    {
        var info = await HostSessionAsync(sessionId, nameof(MuteLiveViewer));
        var id = RequireId(userId, "user");
        var change = await grains.GetGrain<ILiveSessionGrain>(info.SessionId).MuteAsync(id);
        if (change.Kind == Grains.LiveSessions.LiveChangeKind.Changed)
        {
            liveEvents.Muted(info.SessionId, id);
        }
    }

    private async Task<LiveSessionInfo> HostSessionAsync(string sessionId, string method)
    {
        var id = RequireLiveId(sessionId);
        var info = await grains.GetGrain<ILiveSessionGrain>(id).GetAsync() ?? throw Refused(method, NoSuchLiveSession);
        return await IsHostAsync(info) ? info : throw Refused(method, NotLiveHost);
    }

    private async Task<bool> IsHostAsync(LiveSessionInfo session) =>
        (await grains.GetGrain<ICompanyGrain>(session.CompanyId).GetAsync())?.IsEmployer(UserId) == true;

    private static string RequireLiveId(string? sessionId)
    {
        if (string.IsNullOrWhiteSpace(sessionId))
        {
            throw new HubException("A live session id is required.");
        }

        return sessionId.Length <= IdMaxLength ? sessionId : throw new HubException(NoSuchLiveSession);
    }
}
