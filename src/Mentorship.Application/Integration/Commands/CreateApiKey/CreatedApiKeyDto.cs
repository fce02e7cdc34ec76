using Mentorship.Application.Integration.Queries.GetApiKeys;

namespace Mentorship.Application.Integration.Commands.CreateApiKey;

/// <summary>The created key with its secret, which is shown this once and never again.</summary>
/// <param name="ApiKey">The key's record.</param>
/// <param name="Key">The secret to send in the X-Api-Key header; shown this once, stored only hashed.</param>
public sealed record CreatedApiKeyDto(ApiKeyDto ApiKey, string Key);
