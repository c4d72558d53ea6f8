using System.Globalization;
using System.Text;
using System.Text.Json;
using GraduateFair.Grains.Fairs;
using GraduateFair.Grains.Graduates;
using GraduateFair.Grains.Interviews;
using GraduateFair.Grains.Queues;
using GraduateFair.Runtime;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Booths;
using GraduateFair.Server.LiveSessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace GraduateFair.Server.Hubs;

/// <summary>
/// <c>/hubs/fair</c>: live queue positions, invitations, booth and fair watching, and the
/// interview room's chat and WebRTC signalling, live sessions (FairHub.Live.cs). No state in the hub: who may do what is read
/// from the grains on every call, groups only route.
/// </summary>
[Authorize]
public sealed partial class FairHub(
    IGrainFactory grains,
    ConnectionPresence presence,
    LiveAudience audience,
    LiveEventPublisher liveEvents,
    LiveChatPace chatPace,
    IOptions<LiveStreamingOptions> liveOptions,
    ILogger<FairHub> logger) : Hub<IFairClient>
{
    public const string Path = "/hubs/fair";

    /// <summary>The largest WebRTC signalling payload, as JSON (UTF-8 bytes).</summary>
    public const int SignalMaxBytes = 16 * 1024;

    public const int ChatMaxLength = 2_000;

    /// <summary>Ids are short opaque strings; anything longer is nothing the server made.</summary>
    private const int IdMaxLength = 100;

    private string UserId => Context.UserIdentifier ?? throw new HubException("Sign in to use the hub.");

    public override async Task OnConnectedAsync()
    {
        var userId = UserId;
        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.User(userId));
        presence.Connected(userId);
        if (Context.User?.IsInRole(Roles.Graduate) == true)
        {
            try
            {
                await CatchUpAsync(userId);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // The connection stays: the client can still fetch its state over HTTP.
                LogCatchUpFailed(logger, exception, userId);
            }
        }
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        presence.Disconnected(UserId);
        foreach (var (sessionId, watching) in audience.Disconnected(Context.ConnectionId))
        {
            liveEvents.Audience(sessionId, watching);
        }

        return Task.CompletedTask;
    }

    /// <summary>The booth's employers: live <c>BoothQueue</c> counts; answers the count now.</summary>
    public async Task<BoothQueueMessage> WatchBooth(string boothId)
    {
        var id = RequireId(boothId, "booth");
        var (_, refusal) = await BoothAccess.ForEmployerAsync(grains, id, UserId);
        if (refusal is not null)
        {
            throw Refused(nameof(WatchBooth), refusal.ProblemDetails.Detail ?? "You cannot watch this booth.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Booth(id));
        var load = await grains.GetGrain<IInterviewQueueGrain>(id).GetLoadAsync();
        return new BoothQueueMessage(id, load?.Waiting ?? 0);
    }

    public Task UnwatchBooth(string boothId) =>
        Groups.RemoveFromGroupAsync(Context.ConnectionId, HubGroups.Booth(RequireId(boothId, "booth")));

    /// <summary>Anyone signed in: <c>FairStatus</c> and every booth's <c>BoothQueue</c>; answers the status now.</summary>
    public async Task<FairStatusMessage> WatchFair(string fairId)
    {
        var id = RequireId(fairId, "fair");
        var fair = await grains.GetGrain<IFairGrain>(id).GetAsync() ?? throw Refused(nameof(WatchFair), "There is no fair with this id.");
        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Fair(id));
        return new FairStatusMessage(id, fair.Status);
    }

    public Task UnwatchFair(string fairId) =>
        Groups.RemoveFromGroupAsync(Context.ConnectionId, HubGroups.Fair(RequireId(fairId, "fair")));

    /// <summary>A participant enters the room: the other one is told (<c>RoomJoined</c>); answers who is in it and whether it is over.</summary>
    public async Task<JoinedRoom> JoinRoom(string roomId)
    {
        var room = await ParticipantRoomAsync(roomId, nameof(JoinRoom));
        if (room.EndedAt is null)
        {
            await Clients.Group(HubGroups.User(OtherParticipant(room))).RoomJoined(new RoomJoinedMessage(room.RoomId, UserId));
        }

        return new JoinedRoom(room.RoomId, room.BoothId, room.EmployerId, room.GraduateId, room.StartedAt, room.EndedAt, room.Outcome);
    }

    /// <summary>A WebRTC offer, answer or ICE candidate (any JSON, at most 16 KB), relayed as <c>RoomSignal</c> to the other participant.</summary>
    public async Task Signal(string roomId, JsonElement payload)
    {
        var size = payload.ValueKind == JsonValueKind.Undefined ? 0 : Encoding.UTF8.GetByteCount(payload.GetRawText());
        if (size > SignalMaxBytes)
        {
            throw Refused(nameof(Signal), string.Create(CultureInfo.InvariantCulture, $"A signal may be at most {SignalMaxBytes / 1024} KB of JSON; this one is {size:N0} bytes."));
        }

        var room = await ParticipantRoomAsync(roomId, nameof(Signal));
        if (room.EndedAt is not null)
        {
            throw Refused(nameof(Signal), "This interview has ended.");
        }

        await Clients.Group(HubGroups.User(OtherParticipant(room))).RoomSignal(new RoomSignalMessage(room.RoomId, UserId, payload));
    }

    /// <summary>A chat message (1 to 2,000 characters), kept in the room's transcript and sent as <c>RoomMessage</c> to both participants.</summary>
    public async Task Chat(string roomId, string text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw Refused(nameof(Chat), "A chat message needs some text.");
        }

        if (trimmed.Length > ChatMaxLength)
        {
            throw Refused(nameof(Chat), string.Create(CultureInfo.InvariantCulture, $"A chat message may be at most {ChatMaxLength:N0} characters; this one is {trimmed.Length:N0}."));
        }

        var room = await ParticipantRoomAsync(roomId, nameof(Chat));
        var message = await grains.GetGrain<IInterviewRoomGrain>(room.RoomId).AddMessageAsync(UserId, trimmed)
            ?? throw Refused(nameof(Chat), "This interview has ended: the chat is closed.");
        await Clients.Groups([HubGroups.User(room.EmployerId), HubGroups.User(room.GraduateId)])
            .RoomMessage(new RoomChatMessage(room.RoomId, message.FromUserId, message.Text, message.SentAt));
    }

    /// <summary>
    /// Makes a (re)connected graduate's client correct without polling: their place in every
    /// queue, their open invitation, and removals they have not been told about.
    /// </summary>
    private async Task CatchUpAsync(string graduateId)
    {
        var graduate = grains.GetGrain<IGraduateGrain>(graduateId);
        var slots = await graduate.GetQueueSlotsAsync();
        var places = await Task.WhenAll(slots.Select(s => grains.GetGrain<IInterviewQueueGrain>(s.BoothId).GetPlaceAsync(graduateId)));
        foreach (var place in places.OfType<QueuePlace>())
        {
            await Clients.Caller.QueuePosition(new QueuePositionMessage(place.BoothId, place.Position, place.EtaSeconds, place.EtaText));
        }

        var activity = await graduate.GetActivityAsync();
        if (activity.Invitation is { } invitation)
        {
            await Clients.Caller.Invited(new InvitedMessage(invitation.InvitationId, invitation.BoothId, invitation.CompanyName, invitation.ExpiresAt));
        }

        var notices = await graduate.GetRemovalNoticesAsync();
        if (notices.Count == 0)
        {
            return;
        }

        foreach (var notice in notices.Where(n => !slots.Any(s => s.BoothId == n.BoothId)))
        {
            await Clients.Caller.QueueLeft(new QueueLeftMessage(notice.BoothId, notice.Reason));
        }

        await graduate.ClearRemovalNoticesAsync(notices);
    }

    private async Task<RoomRecord> ParticipantRoomAsync(string roomId, string method)
    {
        var id = RequireId(roomId, "interview room");
        var room = await grains.GetGrain<IInterviewRoomGrain>(id).GetAsync();
        if (room is null)
        {
            throw Refused(method, "There is no interview room with this id.");
        }

        return room.IsParticipant(UserId) ? room : throw Refused(method, "Only the room's participants can do that.");
    }

    private string OtherParticipant(RoomRecord room) => room.EmployerId == UserId ? room.GraduateId : room.EmployerId;

    private static string RequireId(string? id, string what)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new HubException($"A {what} id is required.");
        }

        return id.Length <= IdMaxLength ? id : throw new HubException($"There is no {what} with this id.");
    }

    private HubException Refused(string method, string message)
    {
        LogRefused(logger, method, UserId, message);
        return new HubException(message);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catching up the graduate {UserId} after connecting failed")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception exception, string userId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Hub call {Method} of {UserId} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string method, string userId, string reason);
}
