using System.Text.Json;
using GraduateFair.Domain.Fairs;
using GraduateFair.Domain.Interviews;
using GraduateFair.Domain.Queues;
using GraduateFair.Grains.Interviews;

namespace GraduateFair.Server.Hubs;

// The payloads of the hub's events (server → client) and method results, serialised camelCase
// with kebab-case enumerations. Names and fields are the public contract (API.md and
// docs/api-additions.md); nothing here may carry a priority group or lane.

/// <summary><c>QueuePosition</c>: to a waiting graduate.</summary>
public sealed record QueuePositionMessage(string BoothId, int Position, int EtaSeconds, string EtaText);

/// <summary><c>Invited</c>: to the invited graduate.</summary>
public sealed record InvitedMessage(string InvitationId, string BoothId, string CompanyName, DateTimeOffset ExpiresAt);

/// <summary><c>InvitationExpired</c>: to the graduate and to the employer who called.</summary>
public sealed record InvitationExpiredMessage(string InvitationId, string BoothId);

/// <summary><c>InvitationAnswered</c>: to the employer who called; <c>roomId</c> when accepted.</summary>
public sealed record InvitationAnsweredMessage(string InvitationId, string BoothId, string GraduateId, InvitationStatus Status, string? RoomId);

/// <summary><c>QueueLeft</c>: to the graduate no longer in a booth's queue.</summary>
public sealed record QueueLeftMessage(string BoothId, QueueLeaveReason Reason);

/// <summary><c>FairStatus</c>: to the fair's watchers.</summary>
public sealed record FairStatusMessage(string FairId, FairStatus Status);

/// <summary><c>BoothQueue</c>: the waiting count, to the booth's watchers and the fair's watchers.</summary>
public sealed record BoothQueueMessage(string BoothId, int Waiting);

/// <summary><c>RoomMessage</c>: a chat message, to both participants.</summary>
public sealed record RoomChatMessage(string RoomId, string FromUserId, string Text, DateTimeOffset SentAt);

/// <summary><c>RoomSignal</c>: a WebRTC signalling payload, to the other participant.</summary>
public sealed record RoomSignalMessage(string RoomId, string FromUserId, JsonElement Payload);

/// <summary><c>RoomEnded</c>: to both participants.</summary>
public sealed record RoomEndedMessage(string RoomId, InterviewOutcome Outcome);

/// <summary><c>RoomJoined</c>: the other participant called <c>JoinRoom</c>.</summary>
public sealed record RoomJoinedMessage(string RoomId, string UserId);

/// <summary><c>Reminder</c>: to a registered graduate, 30 and 5 minutes before a fair opens (also in their notification list).</summary>
public sealed record ReminderMessage(string FairId, string Title, DateTimeOffset OpensAt, string Text, string NotificationId);

/// <summary>What <c>JoinRoom</c> answers: who is in the room and whether it is over.</summary>
public sealed record JoinedRoom(string RoomId, string BoothId, string EmployerId, string GraduateId, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, InterviewOutcome? Outcome);
