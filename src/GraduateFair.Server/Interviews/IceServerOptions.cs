namespace GraduateFair.Server.Interviews;

/// <summary>One STUN or TURN server as the browser's <c>RTCIceServer</c> wants it.</summary>
public sealed class IceServerOptions
{
    /// <summary><c>stun:</c>, <c>turn:</c> or <c>turns:</c> URLs of one server.</summary>
    public List<string> Urls { get; } = [];

    /// <summary>TURN only.</summary>
    public string? Username { get; set; }

    /// <summary>TURN only.</summary>
    public string? Credential { get; set; }
}
