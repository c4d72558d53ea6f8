namespace GraduateFair.Server.Hubs;

/// <summary>The <c>Hub</c> configuration section.</summary>
public sealed class FairHubOptions
{
    public const string SectionName = "Hub";

    /// <summary>The largest hub message a client may send (default 32 KB).</summary>
    public long MaximumReceiveMessageSize { get; set; } = 32 * 1024;

    /// <summary>Hub calls a connection may make per second, on average (default 20).</summary>
    public double CallsPerSecond { get; set; } = 20;

    /// <summary>Hub calls a connection may make at once before the rate applies (default 30).</summary>
    public int CallBurst { get; set; } = 30;

    /// <summary>At most one <c>QueuePosition</c> per graduate and booth, and one <c>BoothQueue</c> per booth, in this time (default 1 second).</summary>
    public TimeSpan CoalescingWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Events other than positions waiting to be sent before new ones are dropped (and logged); default 100,000.</summary>
    public int EventBacklog { get; set; } = 100_000;
}
