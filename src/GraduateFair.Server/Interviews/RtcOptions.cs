namespace GraduateFair.Server.Interviews;

/// <summary>
/// The <c>Rtc</c> section: the STUN and TURN servers browsers use for interview video. Empty by
/// default: on one network the browsers reach each other directly. Environment variables use
/// indices, e.g. <c>Rtc__IceServers__0__Urls__0=turn:turn.example.org:3478</c>.
/// </summary>
public sealed class RtcOptions
{
    public const string SectionName = "Rtc";

    public List<IceServerOptions> IceServers { get; } = [];
}
