using System.Text.Json;

namespace GraduateFair.Server.Tests.Hubs;

// The hub's payloads as a client reads them: enumerations are the wire's kebab-case strings.

public sealed record QueuePositionDto(string BoothId, int Position, int EtaSeconds, string EtaText);

public sealed record InvitedDto(string InvitationId, string BoothId, string CompanyName, DateTimeOffset ExpiresAt);

public sealed record InvitationExpiredDto(string InvitationId, string BoothId);

public sealed record InvitationAnsweredDto(string InvitationId, string BoothId, string GraduateId, string Status, string? RoomId);

public sealed record QueueLeftDto(string BoothId, string Reason);

public sealed record FairStatusDto(string FairId, string Status);

public sealed record BoothQueueDto(string BoothId, int Waiting);

public sealed record RoomMessageDto(string RoomId, string FromUserId, string Text, DateTimeOffset SentAt);

public sealed record RoomSignalDto(string RoomId, string FromUserId, JsonElement Payload);

public sealed record RoomEndedDto(string RoomId, string Outcome);

public sealed record RoomJoinedDto(string RoomId, string UserId);

public sealed record JoinedRoomDto(string RoomId, string BoothId, string EmployerId, string GraduateId, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string? Outcome);

public sealed record ReminderDto(string FairId, string Title, DateTimeOffset OpensAt, string Text, string NotificationId);

public sealed record LiveJobCardDto(string JobId, string Title, string Discipline, string Degree, string City, int Openings);

public sealed record LiveChatLineDto(string MessageId, string SessionId, string FromUserId, string DisplayName, string Text, DateTimeOffset SentAt);

public sealed record WatchingLiveDto(string SessionId, string Status, int Viewers, IReadOnlyList<LiveJobCardDto> PinnedJobs, IReadOnlyList<LiveChatLineDto> Chat, bool Muted);

public sealed record LiveChatSentDto(string MessageId);

public sealed record LiveStatusDto(string SessionId, string Status);

public sealed record LiveSessionStartingDto(string SessionId, string BoothId, string FairId, string CompanyName, string Title, DateTimeOffset StartsAt);

public sealed record PinnedJobDto(string SessionId, LiveJobCardDto Job);

public sealed record UnpinnedJobDto(string SessionId, string JobId);

public sealed record LiveChatDto(string SessionId, IReadOnlyList<LiveChatLineDto> Messages);

public sealed record LiveChatDeletedDto(string SessionId, string MessageId);

public sealed record LiveViewersDto(string SessionId, int Viewers);

public sealed record LiveMutedDto(string SessionId);
