package be.contractflow.process;

public enum Party {
  CLIENT, PROVIDER
}
