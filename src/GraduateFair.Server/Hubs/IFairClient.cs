namespace GraduateFair.Server.Hubs;

/// <summary>The client methods the server calls on <c>/hubs/fair</c> (names are the public contract).</summary>
public interface IFairClient
{
    Task QueuePosition(QueuePositionMessage message);

    Task Invited(InvitedMessage message);

    Task InvitationExpired(InvitationExpiredMessage message);

    Task InvitationAnswered(InvitationAnsweredMessage message);

    Task QueueLeft(QueueLeftMessage message);

    Task FairStatus(FairStatusMessage message);

    Task BoothQueue(BoothQueueMessage message);

    Task RoomMessage(RoomChatMessage message);

    Task RoomSignal(RoomSignalMessage message);

    Task RoomEnded(RoomEndedMessage message);

    Task RoomJoined(RoomJoinedMessage message);

    Task Reminder(ReminderMessage message);

    Task LiveStatus(LiveStatusMessage message);

    Task LiveSessionStarting(LiveSessionStartingMessage message);

    Task PinnedJob(PinnedJobMessage message);

    Task UnpinnedJob(UnpinnedJobMessage message);

    Task LiveChat(LiveChatMessages message);

    Task LiveChatDeleted(LiveChatDeletedMessage message);

    Task LiveViewers(LiveViewersMessage message);

    Task LiveMuted(LiveMutedMessage message);
}
