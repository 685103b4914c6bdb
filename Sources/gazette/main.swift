import GazetteCore
print("gazette")
