// Wire state of a class room: only what every client may see. Secrets (host secret, device tokens) never go here.
import { MapSchema, Schema, type } from "@colyseus/schema";

export class StudentView extends Schema {
  @type("string") nickname = "";
  @type("boolean") connected = true;
}

export class ClassState extends Schema {
  @type("string") code = "";
  @type("string") phase = "lobby";
  @type("boolean") locked = false;
  /** Keyed by seat id ("s1", …), stable across reconnections. */
  @type({ map: StudentView }) students = new MapSchema<StudentView>();
}
