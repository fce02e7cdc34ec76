namespace Mentorship.Infrastructure.Idempotency;

public enum IdempotencyState
{
    InProgress = 1,
    Completed,
}

/// <summary>
/// The first response to a POST sent with an Idempotency-Key (IETF httpapi draft), kept per caller and key
/// until it expires, so that a retry gets the same answer and nothing is written twice.
/// </summary>
public sealed class IdempotencyRecord
{
    public const int CallerMaxLength = 200;
    public const int KeyMaxLength = 255;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Caller { get; set; }

    public required string Key { get; set; }

    /// <summary>SHA-256 of method, path and body: the same key with another request is refused (422).</summary>
    public required string RequestHash { get; set; }

    public required string Path { get; set; }

    public IdempotencyState State { get; set; }

    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? ResponseBody { get; set; }

    /// <summary>The Location header of the first response (a 201's record, a 202's status), given again on a replay.</summary>
    public string? Location { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
