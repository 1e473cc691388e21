using Bot.Core.Storage;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Redis;

/// <summary>With the Redis provider, <c>Storage:Redis</c> must be a configuration string StackExchange.Redis can read.</summary>
internal sealed class RedisStorageOptionsValidator(IOptions<StorageOptions> storage) : IValidateOptions<RedisStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisStorageOptions options)
    {
        if (storage.Value.Provider != StorageOptions.Redis)
        {
            return ValidateOptionsResult.Skip;
        }

        if (string.IsNullOrWhiteSpace(options.Redis))
        {
            return ValidateOptionsResult.Fail("Storage:Redis is empty; give the server, e.g. 'localhost:6379' or 'redis:6379,password=…'.");
        }

        try
        {
            var parsed = ConfigurationOptions.Parse(options.Redis);
            return parsed.EndPoints.Count == 0
                ? ValidateOptionsResult.Fail("Storage:Redis names no server; give one, e.g. 'localhost:6379'.")
                : ValidateOptionsResult.Success;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            return ValidateOptionsResult.Fail($"Storage:Redis is not a valid configuration string ({ex.Message.TrimEnd('.')}).");
        }
    }
}
