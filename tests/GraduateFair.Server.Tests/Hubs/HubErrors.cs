namespace GraduateFair.Server.Tests.Hubs;

public static class HubErrors
{
    /// <summary>How a client reads a <c>HubException</c> thrown by a hub method (detailed errors are off).</summary>
    public static string Refused(string method, string reason) =>
        $"An unexpected error occurred invoking '{method}' on the server. HubException: {reason}";
}
