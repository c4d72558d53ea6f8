namespace GraduateFair.Server.Hubs;

/// <summary>
/// SignalR group names. Groups only route messages; every hub call is authorised on its own.
/// Every connection is in its user's group: sending to a group is a dictionary look-up, while
/// <c>Clients.User</c> scans every connection of the server.
/// </summary>
public static class HubGroups
{
    public static string User(string userId) => "user:" + userId;

    public static string Booth(string boothId) => "booth:" + boothId;

    public static string Fair(string fairId) => "fair:" + fairId;

    /// <summary>The connections watching a live session.</summary>
    public static string Live(string sessionId) => "live:" + sessionId;
}
