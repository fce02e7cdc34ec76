using Mentorship.Application.Integration.Queries.GetApiKeys;

namespace Mentorship.Application.Integration.Commands.CreateApiKey;

/// <summary>The created key with its secret, which is shown this once and never again.</summary>
public sealed record CreatedApiKeyDto(ApiKeyDto ApiKey, string Key);
