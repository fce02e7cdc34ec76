namespace Mentorship.Domain.Common;

public static partial class ErrorCodes
{
    /// <summary>Refusals of the bulk integration of school information systems.</summary>
    public static class Integration
    {
        public const string ClientRequired = "integration.client_required";
        public const string DuplicateExternalId = "integration.duplicate_external_id";
        public const string UnknownExternalId = "integration.unknown_external_id";
        public const string PersonOutOfScope = "integration.person_out_of_scope";
    }

    /// <summary>Refusals about API keys.</summary>
    public static class ApiKey
    {
        public const string InvalidPrefix = "api_key.invalid_prefix";
        public const string NoOrganizations = "api_key.no_organizations";
        public const string AlreadyRevoked = "api_key.already_revoked";
    }
}
